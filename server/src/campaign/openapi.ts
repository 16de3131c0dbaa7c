import {
  createShortLinkSchema,
  posterQuerySchema,
  shortLinkCreatedSchema,
  shortLinkSchema,
} from '@hub/contract';
import { z } from 'zod';
import type { Operation } from '../api/openapi.ts';

/** /api/campaign in the OpenAPI document (server/src/api/openapi.ts); routes in ./links and ./poster. */
export const CAMPAIGN_OPERATIONS: Operation[] = [
  {
    method: 'get',
    path: '/api/campaign/links',
    summary: 'Short links with their targets and placements (supervisor, editor, admin)',
    status: 200,
    response: z.object({ links: z.array(shortLinkSchema) }),
    staff: true,
  },
  {
    method: 'post',
    path: '/api/campaign/links',
    summary: 'Create a short link (201), or get the existing one for the same target and placement (200)',
    body: createShortLinkSchema,
    status: 201,
    response: shortLinkCreatedSchema,
    staff: true,
  },
  {
    method: 'get',
    path: '/api/campaign/poster',
    summary: 'A printable poster of a guide with its QR short link, as PDF (supervisor, editor, admin)',
    query: posterQuerySchema,
    status: 200,
    mediaType: 'application/pdf',
    staff: true,
  },
];
