import { ROLE_LABELS, type Role } from './roles.js';

export type EmailText = { subject: string; body: string };

/** The mail that asks someone to join an organization; `link` carries the one-time token. */
export function invitationEmail(input: { organizationName: string; inviterName: string; role: Role; link: string; ttlHours: number }): EmailText {
  return {
    subject: `${input.inviterName} invited you to ${input.organizationName}`,
    body: [
      `${input.inviterName} invited you to join ${input.organizationName} as ${ROLE_LABELS[input.role]}.`,
      '',
      `Accept the invitation here: ${input.link}`,
      '',
      `The link works once and expires in ${input.ttlHours} hours. If you did not expect it, ignore this email.`,
    ].join('\n'),
  };
}

/** The mail that lets a person choose a new password; `link` carries the one-time token. */
export function passwordResetEmail(input: { name: string; link: string; ttlMinutes: number }): EmailText {
  return {
    subject: 'Choose a new password',
    body: [
      `Hello ${input.name},`,
      '',
      `Someone asked to reset the password of your account. Choose a new one here: ${input.link}`,
      '',
      `The link works once and expires in ${input.ttlMinutes} minutes. If it was not you, ignore this email; your password stays as it is.`,
    ].join('\n'),
  };
}
