/** A text box's value, trimmed; a box not sent is empty. */
export const textOf = (form: FormData, name: string): string => String(form.get(name) ?? '').trim();

/** Whether a checkbox was ticked. */
export const tickedIn = (form: FormData, name: string): boolean => form.get(name) !== null;
