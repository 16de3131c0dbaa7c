import { cannedReplyInputSchema, langSchema, statsQuerySchema } from '@hub/contract';
import { z } from 'zod';
import type { Operation } from '../api/openapi.ts';

const staff = true;

/** /api/helpdesk in the OpenAPI document (server/src/api/openapi.ts); routes in ./routes.ts. */
export const HELPDESK_OPERATIONS: Operation[] = [
  {
    method: 'get',
    path: '/api/helpdesk/canned',
    summary: 'Canned replies (agents)',
    query: z.object({ lang: langSchema.optional() }).strict(),
    status: 200,
    staff,
  },
  {
    method: 'post',
    path: '/api/helpdesk/canned',
    summary: 'Add a canned reply (supervisor, admin)',
    body: cannedReplyInputSchema,
    status: 201,
    staff,
  },
  {
    method: 'put',
    path: '/api/helpdesk/canned/{id}',
    summary: 'Change a canned reply (supervisor, admin)',
    pathParams: ['id'],
    body: cannedReplyInputSchema,
    status: 200,
    staff,
  },
  {
    method: 'delete',
    path: '/api/helpdesk/canned/{id}',
    summary: 'Delete a canned reply (supervisor, admin)',
    pathParams: ['id'],
    status: 204,
    staff,
  },
  {
    method: 'get',
    path: '/api/helpdesk/stats',
    summary: 'Help-desk statistics: volumes, waiting and handling times (supervisor, admin)',
    query: statsQuerySchema,
    status: 200,
    staff,
  },
  {
    method: 'get',
    path: '/api/helpdesk/stats.csv',
    summary: 'The help-desk statistics as CSV (supervisor, admin; audited)',
    query: statsQuerySchema,
    status: 200,
    mediaType: 'text/csv',
    staff,
  },
  {
    method: 'get',
    path: '/api/helpdesk/training/scenarios',
    summary: 'Practice scenarios for new agents',
    status: 200,
    staff,
  },
  {
    method: 'get',
    path: '/api/helpdesk/training/sessions',
    summary: 'Practice history (one’s own; supervisors see everyone’s)',
    status: 200,
    staff,
  },
];
