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
  ];
}
