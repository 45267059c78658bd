import type { Booking, Hold } from '../domain/call/booking.js';
import { decideOutcome, type CallOutcome } from '../domain/call/call-outcome.js';
import { serviceToBook } from '../domain/call/service-to-book.js';
import { NO_INTENT, type CallIntent } from '../domain/extraction/call-intent.js';
import { readTurn, type CallTurn } from '../domain/extraction/call-turn.js';
import { EMPTY_CALLER_DETAILS, type CallerDetails, type DetailSources } from '../domain/extraction/caller-details.js';
import type { Slot } from '../domain/scheduling/slot.js';
import type { ServiceType } from '../domain/services.js';
import { PAGED_KINDS, type CallKind } from '../domain/first-call/call-kind.js';
import { EMPTY_FIRST_CALL_SHEET, withStatedSheet, type FirstCallSheet } from '../domain/first-call/first-call-sheet.js';
import { callTimingSchema, MAX_TIMINGS_PER_CALL, type CallTiming } from '../domain/call/call-timing.js';
import type { CallInput, CallStage, CallSummary, CallView } from './call-messages.js';

export type EndedBy = 'agent' | 'caller' | 'silence';

/**
 * Everything a call carries across continue-as-new, and nothing else: the state is this one record,
 * so a field added here is carried without being listed again anywhere.
 */
export type CallSnapshot = {
  callId: string | null;
  turns: CallTurn[];
  /** How many turns the current details were read from. */
  extractedTurns: number;
  details: CallerDetails;
  /** What the agent stated outright (save_caller_details), kept over every later reading. */
  stated: Partial<CallerDetails>;
  intent: CallIntent;
  offered: Slot[];
  hold: Hold | null;
  booking: Booking | null;
  /** The number the confirmation was last texted to. */
  textedTo: string | null;
  /** The details as last written to the contact, to skip writing them again unchanged. */
  savedDetails: string | null;
  urgencyReason: string | null;
  contactId: string | null;
  endedBy: EndedBy | null;
  /** What the call is, as last read; null before the first reading (and in calls before kinds). */
  kind: CallKind | null;
  /** The first-call sheet as read, with what the agent stated laid over it. */
  sheet: FirstCallSheet;
  statedSheet: Partial<FirstCallSheet>;
  /** The director on call's page, once opened. */
  page: CallPage | null;
  /** Price-list codes quoted on the call. */
  quoted: string[];
  /** How long the caller waited for each reply and tool, on a live call. */
  timings: CallTiming[];
  /** Whom the live call was put through to (transfer_to_staff). */
  transferredTo: string | null;
};

export type CallPage = { pageId: string; callbackWithinMinutes: number; callbackDueAt: string };

export const EMPTY_CALL_SNAPSHOT: CallSnapshot = {
  callId: null,
  turns: [],
  extractedTurns: 0,
  details: EMPTY_CALLER_DETAILS,
  stated: {},
  intent: NO_INTENT,
  offered: [],
  hold: null,
  booking: null,
  textedTo: null,
  savedDetails: null,
  urgencyReason: null,
  contactId: null,
  endedBy: null,
  kind: null,
  sheet: EMPTY_FIRST_CALL_SHEET,
  statedSheet: {},
  page: null,
  quoted: [],
  timings: [],
  transferredTo: null,
};

/**
 * The live state of one call: private data, changed only through the methods below, each named for
 * what happened in the call. No I/O. Handlers read it through the getters.
 */
export class CallState {
  #data: CallSnapshot;
  #summary: CallSummary | null = null;
  /** Bumped by every signal and update, so the idle timer restarts when anything happens. */
  #activity = 0;

  constructor(
    readonly input: CallInput,
    // A snapshot carried by an older version of this workflow lacks the fields added since; they
    // start empty.
    carried?: Partial<CallSnapshot>,
  ) {
    // The arrays pushed to are the call's own, never the empty snapshot's.
    this.#data = { ...EMPTY_CALL_SNAPSHOT, ...carried, turns: [...(carried?.turns ?? [])], timings: [...(carried?.timings ?? [])] };
  }

  /** A copy: what continue-as-new carries, and nothing that changes it later. */
  snapshot(): CallSnapshot {
    return JSON.parse(JSON.stringify(this.#data)) as CallSnapshot;
  }

  get callId(): string | null {
    return this.#data.callId;
  }
  get turns(): readonly CallTurn[] {
    return this.#data.turns;
  }
  get details(): CallerDetails {
    return this.#data.details;
  }
  get intent(): CallIntent {
    return this.#data.intent;
  }
  get offered(): readonly Slot[] {
    return this.#data.offered;
  }
  get hold(): Hold | null {
    return this.#data.hold;
  }
  get booking(): Booking | null {
    return this.#data.booking;
  }
  get textedTo(): string | null {
    return this.#data.textedTo;
  }
  get urgencyReason(): string | null {
    return this.#data.urgencyReason;
  }
  get contactId(): string | null {
    return this.#data.contactId;
  }
  get kind(): CallKind | null {
    return this.#data.kind;
  }
  get sheet(): FirstCallSheet {
    return this.#data.sheet;
  }
  get page(): CallPage | null {
    return this.#data.page;
  }
  get quoted(): readonly string[] {
    return this.#data.quoted;
  }
  /** A death the home must go to: the director on call is paged. */
  get needsPage(): boolean {
    return this.#data.kind !== null && PAGED_KINDS.has(this.#data.kind);
  }
  /**
   * Enough to act on: where the person is, and whom to call back about whom. A page goes out as soon
   * as that is known, and at the end of the call whatever is known by then.
   */
  get sheetIsActionable(): boolean {
    const { sheet, details } = this.#data;
    return sheet.locationType !== null && this.textTo !== null && (details.deceasedName !== null || details.callerName !== null);
  }
  get summary(): CallSummary | null {
    return this.#summary;
  }
  get activity(): number {
    return this.#activity;
  }

  get ended(): boolean {
    return this.#data.endedBy !== null;
  }

  get urgent(): boolean {
    return this.#data.urgencyReason !== null;
  }

  get service(): ServiceType {
    return serviceToBook(this.#data.details, this.#data.intent);
  }

  /** Where the confirmation should go now: the number the caller gave, else their caller ID. */
  get textTo(): string | null {
    return this.#data.details.phone ?? this.input.fromPhone;
  }

  get transcriptIsNewer(): boolean {
    return this.#data.extractedTurns < this.#data.turns.length;
  }

  /** Whether the contact already holds exactly these details. */
  get contactIsCurrent(): boolean {
    return this.#data.contactId !== null && this.#data.savedDetails === JSON.stringify(this.#data.details);
  }

  opened(callId: string): void {
    this.#data.callId = callId;
  }

  /** A transcribed turn; one that is not a turn at all (no text, no known role) is dropped. */
  addTurn(raw: unknown): void {
    const turn = readTurn(raw);
    if (!turn) return;
    this.#data.turns.push(turn);
    this.touch();
  }

  touch(): void {
    this.#activity += 1;
  }

  /**
   * What the extractor read, with what the agent has stated outright taking precedence: over this
   * reading and, when `keepStated`, over every later one too (calls recorded before that rule kept
   * a statement for one reading only, and replay that way).
   */
  applyDetails(extracted: CallerDetails, stated: Partial<CallerDetails>, turnsRead: number, keepStated: boolean): void {
    const explicit = Object.fromEntries(Object.entries(stated).filter(([, value]) => value !== null && value !== undefined));
    if (keepStated) this.#data.stated = { ...this.#data.stated, ...explicit };
    this.#data.details = { ...extracted, ...(keepStated ? this.#data.stated : explicit) };
    this.#data.extractedTurns = turnsRead;
  }

  /** The same details again, with a new statement laid over them; nothing newer to read. */
  restate(stated: Partial<CallerDetails>, keepStated: boolean): void {
    this.applyDetails(this.#data.details, stated, this.#data.extractedTurns, keepStated);
  }

  /** Where each known detail came from: stated by the agent, else read from the caller's words. */
  get detailSources(): DetailSources {
    const sources: DetailSources = {};
    for (const [field, value] of Object.entries(this.#data.details) as Array<[keyof CallerDetails, unknown]>) {
      if (value !== null) sources[field] = field in this.#data.stated ? 'agent' : 'caller';
    }
    return sources;
  }

  applyIntent(intent: CallIntent): void {
    this.#data.intent = intent;
    if (intent.urgent) this.flagUrgent(intent.urgencyReason ?? 'needs a person now');
  }

  /** What kind of call this is and the sheet the caller's words fill, with the agent's statements kept over it. */
  readFirstCall(kind: CallKind, sheet: FirstCallSheet, stated: Partial<FirstCallSheet> = {}): void {
    this.#data.kind = kind;
    this.#data.statedSheet = { ...this.#data.statedSheet, ...Object.fromEntries(Object.entries(stated).filter(([, v]) => v !== null && v !== undefined)) };
    this.#data.sheet = withStatedSheet(sheet, this.#data.statedSheet);
    if (kind === 'first_call') this.flagUrgent('a death has occurred: the family needs us');
    if (kind === 'facility_call') this.flagUrgent('a facility is releasing someone to us');
  }

  paged(page: CallPage): void {
    this.#data.page ??= page;
  }

  pricesQuoted(codes: readonly string[]): void {
    this.#data.quoted = [...new Set([...this.#data.quoted, ...codes])];
  }

  contactSaved(contactId: string | null): void {
    this.#data.contactId = contactId ?? this.#data.contactId;
    this.#data.savedDetails = JSON.stringify(this.#data.details);
  }

  offer(slots: Slot[]): void {
    this.#data.offered = slots;
  }

  held(hold: Hold): void {
    this.#data.hold = hold;
  }

  /** The hold ended without a booking: it expired, or the call ended. */
  holdReleased(): void {
    this.#data.hold = null;
  }

  booked(booking: Booking): void {
    this.#data.booking = booking;
    this.#data.hold = null;
  }

  confirmationTexted(phone: string): void {
    this.#data.textedTo = phone;
  }

  flagUrgent(reason: string): void {
    this.#data.urgencyReason ??= reason;
  }

  /** A timing the bridge measured; one that does not read is dropped (a signal cannot be refused). */
  timed(raw: unknown): void {
    const parsed = callTimingSchema.safeParse(raw);
    if (parsed.success && this.#data.timings.length < MAX_TIMINGS_PER_CALL) this.#data.timings.push(parsed.data);
  }

  /** The caller was put through to a person on call; how that dial ends is the telephone's to tell. */
  transferred(name: string): void {
    this.#data.transferredTo ??= name;
  }

  get transferredTo(): string | null {
    return this.#data.transferredTo;
  }

  get timings(): readonly CallTiming[] {
    return this.#data.timings;
  }

  /** The voice agent went away mid-call; the caller was told a person will call back. */
  agentWasLost(): void {
    this.flagUrgent('the call was cut off on our side: call the caller back');
    this.touch();
  }

  end(by: EndedBy): void {
    this.#data.endedBy ??= by;
    this.touch();
  }

  finished(summary: CallSummary): void {
    this.#summary = summary;
  }

  get outcome(): CallOutcome {
    const { booking, intent, endedBy } = this.#data;
    return decideOutcome({ booking, urgent: this.urgent, intent, endedBy: endedBy ?? 'agent' });
  }

  get stage(): CallStage {
    if (this.ended) return 'ended';
    if (this.#data.booking) return 'booked';
    if (this.#data.hold) return 'holding';
    return this.#data.offered.length > 0 ? 'offering' : 'listening';
  }

  view(): CallView {
    const { turns, details, intent, offered, hold, booking, urgencyReason, contactId, kind, sheet, page, quoted, timings } = this.#data;
    return {
      stage: this.stage,
      turns,
      details,
      intent,
      service: this.service,
      offered,
      hold,
      booking,
      urgent: this.urgent,
      urgencyReason,
      contactId,
      outcome: this.ended ? this.outcome : null,
      fromPhone: this.input.fromPhone,
      referenceTime: this.input.referenceTime,
      timeZone: this.input.timeZone,
      kind,
      sheet,
      page,
      quoted,
      timings,
    };
  }
}
