import type { Scenario } from './scenario-file.js';
import type { ScenarioResult } from './run-scenario.js';

type Expected = string | null | string[];

function matches(actual: string | null | undefined, expected: Expected): boolean {
  if (Array.isArray(expected)) return expected.includes(actual ?? '');
  return (actual ?? null) === expected;
}

function compareRecord(label: string, actual: Record<string, string | null> | null, expected: Record<string, Expected> | null): string[] {
  if (expected === null) return actual === null ? [] : [`${label}: expected none, got ${JSON.stringify(actual)}`];
  if (actual === null) return [`${label}: expected ${JSON.stringify(expected)}, got none`];
  return Object.entries(expected)
    .filter(([key, value]) => !matches(actual[key], value))
    .map(([key, value]) => `${label}.${key}: expected ${JSON.stringify(value)}, got ${JSON.stringify(actual[key] ?? null)}`);
}

/** What differs between a call's recorded outcome and the scenario's `expect`; empty when it matches. */
export function compareScenario(result: ScenarioResult, expect: Scenario['expect']): string[] {
  return [
    ...(expect.contact === undefined ? [] : compareRecord('contact', result.contact, expect.contact)),
    ...(expect.booking === undefined ? [] : compareRecord('booking', result.booking, expect.booking)),
    ...(expect.urgent === undefined || expect.urgent === result.urgent ? [] : [`urgent: expected ${expect.urgent}, got ${result.urgent}`]),
    ...(expect.kind === undefined || matches(result.kind, expect.kind) ? [] : [`kind: expected ${JSON.stringify(expect.kind)}, got ${JSON.stringify(result.kind)}`]),
    ...(expect.first_call === undefined ? [] : compareSheet(result.first_call, expect.first_call)),
    ...(expect.page === undefined || expect.page === result.page ? [] : [`page: expected ${expect.page}, got ${result.page}`]),
    ...(expect.prices_quoted === undefined ? [] : compareQuotes(result.prices_quoted, expect.prices_quoted)),
  ];
}

function compareSheet(actual: ScenarioResult['first_call'], expected: NonNullable<Scenario['expect']['first_call']>): string[] {
  if (actual === null) return [`first_call: expected ${JSON.stringify(expected)}, got none`];
  const problems: string[] = [];
  if (expected.location_type !== undefined && actual.location_type !== expected.location_type) problems.push(`first_call.location_type: expected ${JSON.stringify(expected.location_type)}, got ${JSON.stringify(actual.location_type)}`);
  if (expected.location !== undefined && !(actual.location ?? '').toLowerCase().includes(expected.location.toLowerCase())) problems.push(`first_call.location: expected to contain ${JSON.stringify(expected.location)}, got ${JSON.stringify(actual.location)}`);
  if (expected.under_hospice !== undefined && actual.under_hospice !== expected.under_hospice) problems.push(`first_call.under_hospice: expected ${expected.under_hospice}, got ${JSON.stringify(actual.under_hospice)}`);
  if (expected.released !== undefined && actual.released !== expected.released) problems.push(`first_call.released: expected ${JSON.stringify(expected.released)}, got ${JSON.stringify(actual.released)}`);
  return problems;
}

function compareQuotes(actual: readonly string[], expected: readonly string[]): string[] {
  if (expected.length === 0) return actual.length === 0 ? [] : [`prices_quoted: expected none, got ${JSON.stringify(actual)}`];
  const missing = expected.filter((code) => !actual.includes(code));
  return missing.length === 0 ? [] : [`prices_quoted: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`];
}
