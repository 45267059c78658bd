// The API's response shapes, taken from its own zod contracts so the UI cannot drift from them.
import type { z } from 'zod';
import type { callDetailSchema, callSchema } from '../../../../api/routes/calls/calls.schemas.ts';
import type { contactDetailSchema, contactSchema, interactionSchema } from '../../../../api/routes/contacts/contacts.schemas.ts';
import type { dashboardSchema } from '../../../../api/routes/dashboard/dashboard.routes.ts';
import type { taskSchema } from '../../../../api/routes/tasks/tasks.routes.ts';
import type { invitationSchema, memberSchema } from '../../../../api/routes/team/team.routes.ts';
import type { openInvitationRoute } from '../../../../api/routes/invitations/invitations.routes.ts';
import type { pageLinkSchema, pageOwnerSchema } from '../../../../api/routes/page-links/page-links.routes.ts';
import type { listSessionsRoute } from '../../../../api/routes/sessions/sessions.routes.ts';
import type { knowledgeEntryBodySchema, publicServiceBodySchema } from '../../../../api/routes/settings-knowledge/settings-knowledge.routes.ts';
import type { listRotaRoute, pagingSettingsSchema, rotaEntryBodySchema } from '../../../../api/routes/settings-on-call/settings-on-call.routes.ts';
import type { organizationSettingsSchema } from '../../../../api/routes/settings-organization/settings-organization.routes.ts';
import type { priceListItemBodySchema } from '../../../../api/routes/settings-price-list/settings-price-list.routes.ts';
import type { billingNoticeSchema, billingOverviewSchema, redirectSchema, subscriptionPlanSchema, subscriptionSchema } from '../../../../api/routes/billing/billing.schemas.ts';

export type Contact = z.infer<typeof contactSchema>;
export type ContactDetail = z.infer<typeof contactDetailSchema>;
export type Interaction = z.infer<typeof interactionSchema>;
export type Call = z.infer<typeof callSchema>;
export type CallDetail = z.infer<typeof callDetailSchema>;
export type CallPage = NonNullable<CallDetail['page']>;
export type PageStep = CallPage['steps'][number];
export type FirstCallSheet = NonNullable<CallDetail['firstCall']>;
/** What a page link texted to the director on call shows, and who has the page once someone takes it. */
export type PageLinkView = z.infer<typeof pageLinkSchema>;
export type PageOwner = z.infer<typeof pageOwnerSchema>;
export type Task = z.infer<typeof taskSchema>;
export type Dashboard = z.infer<typeof dashboardSchema>;
export type Page<T> = { items: T[]; page: number; pageSize: number; hasMore: boolean };
export type TeamMember = z.infer<typeof memberSchema>;
export type TeamInvitation = z.infer<typeof invitationSchema>;
/** What an emailed invitation link shows before it is accepted. */
export type OpenInvitation = z.infer<(typeof openInvitationRoute)['responses'][200]['content']['application/json']['schema']>;
/** One of the signed-in person's own sessions (another browser, or this one). */
export type OwnSession = z.infer<(typeof listSessionsRoute)['responses'][200]['content']['application/json']['schema']>['sessions'][number];
export type MemberOrganization = { id: string; name: string; role: string };
/** The billing page: the subscription, this month's usage by day and its estimate, and the invoices so far. */
export type BillingOverview = z.infer<typeof billingOverviewSchema>;
export type Subscription = z.infer<typeof subscriptionSchema>;
export type SubscriptionPlan = z.infer<typeof subscriptionPlanSchema>;
export type DayUsage = BillingOverview['usageByDay'][number];
export type StripeInvoice = BillingOverview['invoices'][number];
export type UsageInvoice = BillingOverview['usageInvoices'][number];
/** Where Checkout or the billing portal sends the browser. */
export type BillingRedirect = z.infer<typeof redirectSchema>;
/** Asked on every page: whether a payment needs someone's attention. */
export type BillingNotice = z.infer<typeof billingNoticeSchema>;

/** One line of the on-call rota: weekdays 1 (Monday) to 7 (Sunday); local hours, `until` may be '24:00' (midnight). */
export type RotaEntry = z.infer<typeof rotaEntryBodySchema>;
export type RotaRole = RotaEntry['role'];
/** The rota, and whom a page started now would text, in order. */
export type OnCallRota = z.infer<(typeof listRotaRoute)['responses'][200]['content']['application/json']['schema']>;
export type OnCallPerson = OnCallRota['onCallNow'][number];
export type PagingSettings = z.infer<typeof pagingSettingsSchema>;
/** One line of the General Price List, money in cents. */
export type PriceListItem = z.infer<typeof priceListItemBodySchema>;
export type KnowledgeEntry = z.infer<typeof knowledgeEntryBodySchema>;
export type KnowledgeTopic = KnowledgeEntry['topic'];
/** `localStart` is 'YYYY-MM-DDTHH:MM' in the organization's time zone; `startsAt` the same instant. */
export type PublicService = z.infer<typeof publicServiceBodySchema>;
export type PublicServiceKind = PublicService['kind'];
/** The organization's name, time zone, country, opening hours (a day is null when closed) and booking rules; every number is minutes. */
export type OrganizationSettings = z.infer<typeof organizationSettingsSchema>;
export type Weekday = keyof OrganizationSettings['businessHours'];
export type ServiceType = keyof OrganizationSettings['serviceDurations'];
