import {
  analyticsEventSchema,
  auditListSchema,
  auditQuerySchema,
  changePasswordSchema,
  apiErrorSchema,
  categoryListSchema,
  citizenTokenSchema,
  eauthInfoSchema,
  staffEauthLinkDtoSchema,
  createStaffUserSchema,
  districtListSchema,
  eventAcceptedSchema,
  langQuerySchema,
  lifeEventListSchema,
  loginRequestSchema,
  myDataErasedSchema,
  myDataEraseRequestSchema,
  myDataExportRequestSchema,
  myDataExportSchema,
  popularityQuerySchema,
  openDataQuerySchema,
  openDataSchema,
  insightsQuerySchema,
  insightsSchema,
  gapsQuerySchema,
  gapsResponseSchema,
  gapTaskInputSchema,
  gapTaskSchema,
  gapTaskUpdateSchema,
  reviewDueSchema,
  channelSchema,
  langSchema,
  popularityResponseSchema,
  searchQuerySchema,
  searchResponseSchema,
  serviceDetailSchema,
  serviceListSchema,
  servicesQuerySchema,
  staffSessionSchema,
  staffUserDtoSchema,
} from '@hub/contract';
import { z } from 'zod';
import { CAMPAIGN_OPERATIONS } from '../campaign/openapi.ts';
import { EDITOR_OPERATIONS } from '../editor/openapi.ts';
import { HELPDESK_OPERATIONS } from '../helpdesk/openapi.ts';
import { KIOSK_OPERATIONS } from '../kiosk/openapi.ts';

export interface Operation {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  path: string;
  summary: string;
  query?: z.ZodType;
  pathParams?: string[];
  body?: z.ZodType;
  status: number;
  response?: z.ZodType;
  /** Cookie session + x-csrf-token */
  staff?: boolean;
  /** A kiosk's Authorization: Bearer device token. */
  device?: boolean;
  /** A success answer that is not JSON (CSV, PDF); `response` is then ignored. */
  mediaType?: string;
}

const OPERATIONS: Operation[] = [
  {
    method: 'get',
    path: '/api/services',
    summary: 'List services, filtered by category, life event or district',
    query: servicesQuerySchema,
    status: 200,
    response: serviceListSchema,
  },
  {
    method: 'get',
    path: '/api/services/{slug}',
    summary: 'One service with its guide',
    pathParams: ['slug'],
    query: langQuerySchema,
    status: 200,
    response: serviceDetailSchema,
  },
  {
    method: 'get',
    path: '/api/search',
    summary: 'Search services (Bulgarian, Latin-typed Bulgarian, English)',
    query: searchQuerySchema,
    status: 200,
    response: searchResponseSchema,
  },
  {
    method: 'get',
    path: '/api/districts',
    summary: 'The 24 districts',
    query: langQuerySchema,
    status: 200,
    response: districtListSchema,
  },
  {
    method: 'get',
    path: '/api/categories',
    summary: 'Service categories',
    query: langQuerySchema,
    status: 200,
    response: categoryListSchema,
  },
  {
    method: 'get',
    path: '/api/life-events',
    summary: 'Life events',
    query: langQuerySchema,
    status: 200,
    response: lifeEventListSchema,
  },
  {
    method: 'post',
    path: '/api/events',
    summary: 'Record an anonymous usage event',
    body: analyticsEventSchema,
    status: 202,
    response: eventAcceptedSchema,
  },
  {
    method: 'get',
    path: '/api/popularity',
    summary: 'Event counts by service, channel, district, day or month',
    query: popularityQuerySchema,
    status: 200,
    response: popularityResponseSchema,
  },
  {
    method: 'get',
    path: '/api/open-data/service-usage.{format}',
    summary: 'Open data: monthly use per service, counts below 5 suppressed (format json or csv)',
    pathParams: ['format'],
    query: openDataQuerySchema,
    status: 200,
    response: openDataSchema,
  },
  {
    method: 'get',
    path: '/api/analytics/insights',
    summary: 'Popularity dashboard: the service funnel by period, channel, language, district, campaign',
    query: insightsQuerySchema,
    status: 200,
    response: insightsSchema,
    staff: true,
  },
  {
    method: 'get',
    path: '/api/analytics/gaps',
    summary: 'Knowledge gaps: poorly answered questions grouped, with their tasks',
    query: gapsQuerySchema,
    status: 200,
    response: gapsResponseSchema,
    staff: true,
  },
  {
    method: 'get',
    path: '/api/analytics/insights.csv',
    summary: 'The popularity dashboard as CSV',
    query: insightsQuerySchema,
    status: 200,
    mediaType: 'text/csv',
    staff: true,
  },
  {
    method: 'get',
    path: '/api/analytics/reviews',
    summary: 'Guides past or near their review date',
    status: 200,
    response: reviewDueSchema,
    staff: true,
  },
  {
    method: 'post',
    path: '/api/analytics/gaps/tasks',
    summary: 'Turn a knowledge-gap group into an editing task (editor, admin)',
    body: gapTaskInputSchema,
    status: 201,
    response: gapTaskSchema,
    staff: true,
  },
  {
    method: 'patch',
    path: '/api/analytics/gaps/tasks/{id}',
    summary: 'Move a gap task on (editor, admin)',
    pathParams: ['id'],
    body: gapTaskUpdateSchema,
    status: 200,
    response: gapTaskSchema,
    staff: true,
  },
  {
    method: 'get',
    path: '/api/chat/go/{slug}',
    summary: 'Redirect to a guide’s e-service, counted as a click-out of the channel',
    pathParams: ['slug'],
    query: z.object({ channel: channelSchema.optional(), lang: langSchema.optional() }),
    status: 302,
  },
  {
    method: 'get',
    path: '/api/openapi.json',
    summary: 'This document',
    status: 200,
  },
  {
    method: 'post',
    path: '/api/citizen-token',
    summary: 'An anonymous signed token for the chat socket',
    status: 201,
    response: citizenTokenSchema,
  },
  {
    method: 'get',
    path: '/api/eauth/info',
    summary: 'Whether eAuth sign-in is offered (EAUTH_ENV) and at which levels for staff',
    status: 200,
    response: eauthInfoSchema,
  },
  {
    method: 'get',
    path: '/api/eauth/staff-links',
    summary: 'Admins: active staff accounts and whether each is linked to an eAuth identity',
    status: 200,
    staff: true,
  },
  {
    method: 'delete',
    path: '/api/eauth/staff-links/{id}',
    summary: 'Admins: remove a staff account’s eAuth link',
    pathParams: ['id'],
    status: 204,
    staff: true,
  },
  {
    method: 'post',
    path: '/api/eauth/staff-links/{id}',
    summary: 'Admins: a one-time code that links a staff account to an eAuth identity when completed',
    pathParams: ['id'],
    status: 201,
    response: staffEauthLinkDtoSchema,
    staff: true,
  },
  {
    method: 'post',
    path: '/api/my-data/export',
    summary: 'Download the conversations of a citizen token (JSON, or format=text: a transcript file)',
    body: myDataExportRequestSchema,
    status: 200,
    response: myDataExportSchema,
  },
  {
    method: 'post',
    path: '/api/my-data/erase',
    summary: 'Delete the conversations of a citizen token and everything attached to them',
    body: myDataEraseRequestSchema,
    status: 200,
    response: myDataErasedSchema,
  },
  {
    method: 'post',
    path: '/api/staff/login',
    summary: 'Staff sign-in (sets the session cookie)',
    body: loginRequestSchema,
    status: 200,
    response: staffSessionSchema,
  },
  { method: 'post', path: '/api/staff/logout', summary: 'Staff sign-out', status: 204, staff: true },
  {
    method: 'get',
    path: '/api/staff/me',
    summary: 'The signed-in member of staff and the CSRF token',
    status: 200,
    response: staffSessionSchema,
    staff: true,
  },
  {
    method: 'post',
    path: '/api/staff/users',
    summary: 'Create a local staff account (admin)',
    body: createStaffUserSchema,
    status: 201,
    response: staffUserDtoSchema,
    staff: true,
  },
  {
    method: 'get',
    path: '/api/staff/audit',
    summary: 'Audit log of staff actions (supervisor, admin)',
    query: auditQuerySchema,
    status: 200,
    response: auditListSchema,
    staff: true,
  },
  {
    method: 'post',
    path: '/api/staff/password',
    summary: 'Change one’s own password (ends other sessions)',
    body: changePasswordSchema,
    status: 204,
    staff: true,
  },
  ...EDITOR_OPERATIONS,
  ...KIOSK_OPERATIONS,
  ...HELPDESK_OPERATIONS,
  ...CAMPAIGN_OPERATIONS,
];

const ERROR_STATUSES: Record<string, string> = {
  '400': 'Invalid input',
  '401': 'Not signed in',
  '403': 'Not allowed or CSRF token missing',
  '404': 'Not found',
  '429': 'Rate limited',
  '500': 'Server error',
};

/** Strips the draft marker and rewrites local $defs references so a schema can sit inside the document. */
function toSchema(
  schema: z.ZodType,
  io: 'input' | 'output',
  components: Record<string, unknown>,
): Record<string, unknown> {
  const json = z.toJSONSchema(schema, { io, unrepresentable: 'any', reused: 'inline' }) as Record<
    string,
    unknown
  >;
  const { $schema: _drop, $defs, ...rest } = json;
  for (const [id, def] of Object.entries(($defs as Record<string, unknown>) ?? {})) components[id] ??= def;
  return rest;
}

function rewriteRefs(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(rewriteRefs);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [
        k,
        k === '$ref' && typeof v === 'string'
          ? v.replace('#/$defs/', '#/components/schemas/')
          : rewriteRefs(v),
      ]),
    );
  }
  return value;
}

function queryParameters(schema: z.ZodType, components: Record<string, unknown>): unknown[] {
  const json = toSchema(schema, 'input', components) as {
    properties?: Record<string, unknown>;
    required?: string[];
  };
  return Object.entries(json.properties ?? {}).map(([name, s]) => ({
    name,
    in: 'query',
    required: json.required?.includes(name) ?? false,
    schema: s,
  }));
}

/** The OpenAPI 3.1 document, generated from the contract's zod schemas. */
export function buildOpenApiDocument(version: string): Record<string, unknown> {
  const components: Record<string, unknown> = { ApiError: toSchema(apiErrorSchema, 'output', {}) };
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of OPERATIONS) {
    const parameters = [
      ...(op.pathParams ?? []).map((name) => ({
        name,
        in: 'path',
        required: true,
        schema: { type: 'string' },
      })),
      ...(op.query ? queryParameters(op.query, components) : []),
    ];
    const responses: Record<string, unknown> = {
      [String(op.status)]: op.mediaType
        ? { description: 'OK', content: { [op.mediaType]: { schema: { type: 'string' } } } }
        : op.response
          ? {
              description: 'OK',
              content: { 'application/json': { schema: toSchema(op.response, 'output', components) } },
            }
          : { description: 'OK' },
    };
    for (const [status, description] of Object.entries(ERROR_STATUSES)) {
      responses[status] = {
        description,
        content: { 'application/json': { schema: { $ref: '#/components/schemas/ApiError' } } },
      };
    }
    paths[op.path] ??= {};
    paths[op.path]![op.method] = {
      summary: op.summary,
      ...(parameters.length ? { parameters } : {}),
      ...(op.body
        ? {
            requestBody: {
              required: true,
              content: { 'application/json': { schema: toSchema(op.body, 'input', components) } },
            },
          }
        : {}),
      ...(op.staff ? { security: [{ staffSession: [] }] } : {}),
      ...(op.device ? { security: [{ kioskDevice: [] }] } : {}),
      responses,
    };
  }
  paths['/healthz'] = {
    get: {
      summary: 'Ready when the database answers',
      responses: { '200': { description: 'Ready' }, '503': { description: 'Database down' } },
    },
  };
  paths['/metrics'] = {
    get: {
      summary: 'Prometheus metrics',
      responses: { '200': { description: 'text/plain exposition format' } },
    },
  };
  return rewriteRefs({
    openapi: '3.1.0',
    info: { title: 'Sofia citizen-assistance hub API', version },
    paths,
    components: {
      schemas: components,
      securitySchemes: {
        staffSession: {
          type: 'apiKey',
          in: 'cookie',
          name: 'hub_session',
          description: 'Changes also need the x-csrf-token header.',
        },
        kioskDevice: {
          type: 'http',
          scheme: 'bearer',
          description: 'The token a kiosk got when provisioned.',
        },
      },
    },
  }) as Record<string, unknown>;
}
