import { CALL_KIND_LABELS, CALL_KINDS, type CallKind } from '../../../domain/first-call/call-kind.ts';
import type { FirstCallSheet, PageStep } from '#lib/api/types.ts';

/** "First call", "Price question": what the call was, as staff file it. */
export function kindLabel(kind: string | null | undefined): string {
	return kind && kind in CALL_KIND_LABELS ? CALL_KIND_LABELS[kind as CallKind] : '';
}

/** Every kind with its words, in the domain's order: one choice each where staff sort calls by kind. */
export const KIND_CHOICES: ReadonlyArray<{ kind: CallKind; label: string }> = CALL_KINDS.map((kind) => ({ kind, label: CALL_KIND_LABELS[kind] }));

/** The kind a link asks for (`?kind=price_question`), or null for anything that is not one. */
export function callKindOf(value: string | null): CallKind | null {
	return CALL_KINDS.find((kind) => kind === value) ?? null;
}

const PLACES: Record<NonNullable<FirstCallSheet['locationType']>, string> = {
	residence: 'At home',
	hospital: 'At a hospital',
	hospice_facility: 'At a hospice',
	nursing_home: 'At a care home',
	other: 'Elsewhere'
};

const yesNo = (value: boolean | null, yes: string, no: string) => (value === null ? 'Not known yet' : value ? yes : no);

/**
 * The first-call sheet as a director reads it before dialling: label and words, in the order they
 * matter for the removal, leaving out what nobody said (except what must be asked if unknown).
 */
export function sheetRows(sheet: FirstCallSheet | null, deceasedName: string | null): Array<{ key: string; label: string; value: string }> {
	const rows: Array<{ key: string; label: string; value: string | null }> = [
		{ key: 'deceased', label: 'Who died', value: `${deceasedName ?? 'Name not given yet'}${sheet?.deceasedAge ? `, ${sheet.deceasedAge}` : ''}` }
	];
	if (sheet) {
		const place = [sheet.locationType ? PLACES[sheet.locationType] : null, sheet.location, sheet.room].filter(Boolean).join(' · ');
		rows.push(
			{ key: 'where', label: 'Where', value: place || 'Not given yet' },
			{ key: 'died', label: 'When', value: sheet.timeOfDeath },
			{ key: 'hospice', label: 'Hospice', value: sheet.underHospice ? (sheet.hospiceName ?? 'Yes') : yesNo(sheet.underHospice, 'Yes', 'No') },
			{ key: 'released', label: 'Released to move', value: yesNo(sheet.released, 'Yes', 'No: not yet released') },
			{ key: 'notified', label: 'Already told', value: sheet.notified },
			{ key: 'notes', label: 'For the removal', value: sheet.removalNotes },
			{ key: 'next-of-kin', label: 'Next of kin', value: sheet.nextOfKin }
		);
	}
	return rows.filter((row): row is { key: string; label: string; value: string } => Boolean(row.value));
}

/** One step of a page in the call's timeline: "Texted Ana Ruiz", "Ana Ruiz took it". */
export function stepWords(step: PageStep): string {
	const who = step.personName ?? 'Someone';
	switch (step.kind) {
		case 'texted':
			return `Texted ${who}`;
		case 'acknowledged':
			return `${who} took it`;
		case 'told_taken':
			return `Told ${who} it is taken`;
		case 'callback_missed':
			return `Call back late: texted ${who}`;
		case 'called_back':
			return `${who} called the family back`;
		case 'unanswered':
			return 'Nobody on the rota answered';
		case 'nobody_on_call':
			return 'Nobody was on call';
	}
}
