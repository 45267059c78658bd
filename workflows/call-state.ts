import type { Booking, Hold } from '../domain/call/booking.js';
import { decideOutcome, type CallOutcome } from '../domain/call/call-outcome.js';
import { serviceToBook } from '../domain/call/service-to-book.js';
import { NO_INTENT, type CallIntent } from '../domain/extraction/call-intent.js';
import { readTurn, type CallTurn } from '../domain/extraction/call-turn.js';
import { EMPTY_CALLER_DETAILS, type CallerDetails, type DetailSources } from '../domain/extraction/caller-details.js';
import type { Slot } from '../domain/scheduling/slot.js';
import type { ServiceType } from '../domain/services.js';
import type { CallInput, CallStage, CallSummary, CallView } from './call-messages.js';


/** Everything a call carries across continue-as-new. */
export type CallSnapshot = {
  callId: string | null;
  turns: CallTurn[];
  extractedTurns: number;
  details: CallerDetails;
  /** What the agent stated outright; absent in calls carried over before it was kept. */
  stated?: Partial<CallerDetails>;
  intent: CallIntent;
  offered: Slot[];
  hold: Hold | null;
  booking: Booking | null;
  textedTo: string | null;
  savedDetails: string | null;
  urgencyReason: string | null;
  contactId: string | null;
  endedBy: 'agent' | 'caller' | 'silence' | null;
};

/** The live state of one call: plain data and the rules that change it; no I/O. */
export class CallState {
  callId: string | null = null;
  turns: CallTurn[] = [];
  /** How many turns the current details were extracted from. */
  extractedTurns = 0;
  details: CallerDetails = EMPTY_CALLER_DETAILS;
  /** What the agent stated outright (save_caller_details), kept over every later reading. */
  stated: Partial<CallerDetails> = {};
  intent: CallIntent = NO_INTENT;
  offered: Slot[] = [];
  hold: Hold | null = null;
  booking: Booking | null = null;
  /** The number the confirmation was last texted to. */
  textedTo: string | null = null;
  /** The details as last written to the contact, to skip writing them again unchanged. */
  savedDetails: string | null = null;
  urgencyReason: string | null = null;
  contactId: string | null = null;
  endedBy: 'agent' | 'caller' | 'silence' | null = null;
  summary: CallSummary | null = null;
  /** Bumped by every signal and update, so the idle timer restarts when anything happens. */
  activity = 0;

  constructor(
    readonly input: CallInput,
    snapshot?: CallSnapshot,
  ) {
    if (snapshot) Object.assign(this, snapshot);
  }

  get ended(): boolean {
    return this.endedBy !== null;
  }

  get urgent(): boolean {
    return this.urgencyReason !== null;
  }

  get service(): ServiceType {
    return serviceToBook(this.details, this.intent);
  }

  /** Where the confirmation should go now: the number the caller gave, else their caller ID. */
  get textTo(): string | null {
    return this.details.phone ?? this.input.fromPhone;
  }

  get transcriptIsNewer(): boolean {
    return this.extractedTurns < this.turns.length;
  }

  /** A transcribed turn; one that is not a turn at all (no text, no known role) is dropped. */
  addTurn(raw: unknown): void {
    const turn = readTurn(raw);
    if (!turn) return;
    this.turns.push(turn);
    this.touch();
  }

  touch(): void {
    this.activity += 1;
  }

  /**
   * What the extractor read, with what the agent has stated outright taking precedence: over this
   * reading and, when `keepStated`, over every later one too (calls recorded before that rule kept
   * a statement for one reading only, and replay that way).
   */
  applyDetails(extracted: CallerDetails, stated: Partial<CallerDetails>, turnsRead: number, keepStated: boolean): void {
    const explicit = Object.fromEntries(Object.entries(stated).filter(([, value]) => value !== null && value !== undefined));
    if (keepStated) this.stated = { ...this.stated, ...explicit };
    this.details = { ...extracted, ...(keepStated ? this.stated : explicit) };
    this.extractedTurns = turnsRead;
  }

  /** Where each known detail came from: stated by the agent, else read from the caller's words. */
  get detailSources(): DetailSources {
    const sources: DetailSources = {};
    for (const [field, value] of Object.entries(this.details) as Array<[keyof CallerDetails, unknown]>) {
      if (value !== null) sources[field] = field in this.stated ? 'agent' : 'caller';
    }
    return sources;
  }

  applyIntent(intent: CallIntent): void {
    this.intent = intent;
    if (intent.urgent) this.flagUrgent(intent.urgencyReason ?? 'needs a person now');
  }

  flagUrgent(reason: string): void {
    this.urgencyReason ??= reason;
  }

  end(by: 'agent' | 'caller' | 'silence'): void {
    this.endedBy ??= by;
    this.touch();
  }

  get outcome(): CallOutcome {
    return decideOutcome({ booking: this.booking, urgent: this.urgent, intent: this.intent, endedBy: this.endedBy ?? 'agent' });
  }

  get stage(): CallStage {
    if (this.ended) return 'ended';
    if (this.booking) return 'booked';
    if (this.hold) return 'holding';
    return this.offered.length > 0 ? 'offering' : 'listening';
  }

  view(): CallView {
    return {
      stage: this.stage,
      turns: this.turns,
      details: this.details,
      intent: this.intent,
      service: this.service,
      offered: this.offered,
      hold: this.hold,
      booking: this.booking,
      urgent: this.urgent,
      urgencyReason: this.urgencyReason,
      contactId: this.contactId,
      outcome: this.ended ? this.outcome : null,
      fromPhone: this.input.fromPhone,
      referenceTime: this.input.referenceTime,
      timeZone: this.input.timeZone,
    };
  }

  snapshot(): CallSnapshot {
    return {
      callId: this.callId,
      turns: this.turns,
      extractedTurns: this.extractedTurns,
      details: this.details,
      stated: this.stated,
      intent: this.intent,
      offered: this.offered,
      hold: this.hold,
      booking: this.booking,
      textedTo: this.textedTo,
      savedDetails: this.savedDetails,
      urgencyReason: this.urgencyReason,
      contactId: this.contactId,
      endedBy: this.endedBy,
    };
  }
}
