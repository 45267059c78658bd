import { getCountries } from 'libphonenumber-js';
import { timeZoneName } from '#lib/format.ts';

/** One line of a menu, and the menu's groups. */
export type Choice = { value: string; text: string };
export type ChoiceGroup = { label: string; choices: Choice[] };

const REGION_WORDS: Record<string, string> = { America: 'Americas', Atlantic: 'Atlantic Ocean', Indian: 'Indian Ocean', Pacific: 'Pacific Ocean' };

/** "Chicago — Central Time (GMT-6)", "Knox, Indiana — …": the place first, so typing its name finds it in the menu. */
export function timeZoneText(zone: string, at: Date): string {
	const place = zone.split('/').slice(1).reverse().join(', ').replaceAll('_', ' ') || zone;
	const name = timeZoneName(zone, 'longGeneric', at);
	const offset = timeZoneName(zone, 'shortOffset', at);
	return name === offset ? `${place} (${offset})` : `${place} — ${name} (${offset})`;
}

/**
 * Every time zone the server knows, by region, with its offset today. The organization's own is
 * kept even where this list spells it differently (Asia/Kolkata, Asia/Calcutta) or lacks it (UTC).
 */
export function timeZoneGroups(current: string, at: Date): ChoiceGroup[] {
	const zones = new Set([...Intl.supportedValuesOf('timeZone'), current]);
	const groups = new Map<string, Choice[]>();
	for (const zone of zones) {
		const region = zone.includes('/') ? (zone.split('/')[0] ?? zone) : 'Other';
		const label = REGION_WORDS[region] ?? region;
		groups.set(label, [...(groups.get(label) ?? []), { value: zone, text: timeZoneText(zone, at) }]);
	}
	return [...groups]
		.map(([label, choices]) => ({ label, choices: choices.sort((a, b) => a.text.localeCompare(b.text, 'en')) }))
		.sort((a, b) => a.label.localeCompare(b.label, 'en'));
}

/** The countries a phone number can belong to, by their English names. */
export function countryChoices(): Choice[] {
	const names = new Intl.DisplayNames(['en'], { type: 'region' });
	return getCountries()
		.map((code) => ({ value: code, text: names.of(code) ?? code }))
		.sort((a, b) => a.text.localeCompare(b.text, 'en'));
}
