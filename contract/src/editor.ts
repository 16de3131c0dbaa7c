import { z } from 'zod';
import { langSchema } from './common.ts';
import { serviceDetailSchema } from './directory.ts';
import { messageContentSchema } from './message-content.ts';

// The guide editor of the help desk (/api/editor, server/src/editor).

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a guide slug');
/** One guide file's Markdown with front-matter; the largest real guide is about 6 KB. */
const source = z.string().max(60_000, 'a guide file is limited to 60,000 characters');
const id = z.string().min(1).max(64);

export const REVISION_STATUSES = ['draft', 'in_review', 'published', 'rejected', 'superseded'] as const;
export const revisionStatusSchema = z.enum(REVISION_STATUSES);
export type RevisionStatus = z.infer<typeof revisionStatusSchema>;

export const guideSourcesSchema = z.object({ bg: source, en: source }).strict();
export type GuideSources = z.infer<typeof guideSourcesSchema>;

/** A content problem exactly as `kb validate` prints it (`line` = `path: field: message`). */
export const guideProblemSchema = z.object({
  path: z.string(),
  field: z.string(),
  message: z.string(),
  line: z.string(),
  /** Which file the problem is in, when it is in one of them. */
  lang: langSchema.nullable(),
});
export type GuideProblemDto = z.infer<typeof guideProblemSchema>;

/** Answer (HTTP 422) when a guide is refused: the problems, as `kb validate` reports them. */
export const guideInvalidSchema = z
  .object({ code: z.literal('invalid_request'), message: z.string(), problems: z.array(guideProblemSchema) })
  .meta({ id: 'GuideInvalid' });

export const newDraftSchema = z
  .object({
    slug,
    sources: guideSourcesSchema,
    note: z.string().trim().max(500).default(''),
    /** The published revision the editor started from; null = the repository file. */
    baseRevisionId: id.nullable(),
  })
  .strict()
  .meta({ id: 'NewGuideDraft' });
export type NewDraft = z.infer<typeof newDraftSchema>;

export const updateDraftSchema = z
  .object({ sources: guideSourcesSchema, note: z.string().trim().max(500).default('') })
  .strict()
  .meta({ id: 'UpdateGuideDraft' });
export type UpdateDraft = z.infer<typeof updateDraftSchema>;

export const reviewDecisionSchema = z
  .object({ decision: z.enum(['approve', 'reject']), comment: z.string().trim().max(1000).default('') })
  .strict()
  .refine((d) => d.decision === 'approve' || d.comment.length > 0, {
    message: 'say why the draft is rejected',
    path: ['comment'],
  })
  .meta({ id: 'GuideReviewDecision' });
export type ReviewDecision = z.infer<typeof reviewDecisionSchema>;

export const restoreSchema = z
  .object({
    /** The version to bring back; null = the repository file. */
    revisionId: id.nullable(),
    note: z.string().trim().max(500).default(''),
  })
  .strict()
  .meta({ id: 'GuideRestore' });

export const validateGuideSchema = z.object({ slug, sources: guideSourcesSchema }).strict();

export const PREVIEW_MODES = ['web', 'chat', 'kiosk'] as const;
export const previewRequestSchema = z
  .object({ slug, sources: guideSourcesSchema, lang: langSchema })
  .strict()
  .meta({ id: 'GuidePreviewRequest' });
export type PreviewRequest = z.infer<typeof previewRequestSchema>;

export const staffRefSchema = z.object({ id: z.string(), name: z.string() });

export const revisionDtoSchema = z
  .object({
    id: z.string(),
    slug: z.string(),
    status: revisionStatusSchema,
    author: staffRefSchema,
    reviewer: staffRefSchema.nullable(),
    note: z.string(),
    reviewComment: z.string().nullable(),
    baseRevisionId: z.string().nullable(),
    restoresId: z.string().nullable(),
    /** Title in both languages as written in this revision (empty when it does not parse). */
    title: z.object({ bg: z.string(), en: z.string() }),
    createdAt: z.string(),
    updatedAt: z.string(),
    submittedAt: z.string().nullable(),
    reviewedAt: z.string().nullable(),
    publishedAt: z.string().nullable(),
  })
  .meta({ id: 'GuideRevision' });
export type RevisionDto = z.infer<typeof revisionDtoSchema>;

export const revisionDetailSchema = revisionDtoSchema
  .extend({ sources: guideSourcesSchema })
  .meta({ id: 'GuideRevisionDetail' });
export type RevisionDetailDto = z.infer<typeof revisionDetailSchema>;

export const editorGuideSummarySchema = z.object({
  slug: z.string(),
  title: z.object({ bg: z.string(), en: z.string() }),
  category: z.string(),
  depth: z.enum(['guide', 'directory']),
  lastReviewed: z.string(),
  /** The live version came from the editor (a published revision) rather than the repository file. */
  publishedRevisionId: z.string().nullable(),
  openRevisions: z.number().int(),
});
export type EditorGuideSummary = z.infer<typeof editorGuideSummarySchema>;
export const editorGuideListSchema = z
  .object({ guides: z.array(editorGuideSummarySchema) })
  .meta({ id: 'EditorGuideList' });

/** One guide as the editor opens it: the live sources and the drafts waiting on it. */
export const editorGuideSchema = z
  .object({
    slug: z.string(),
    title: z.object({ bg: z.string(), en: z.string() }),
    sources: guideSourcesSchema,
    /** null = the live version is the repository file. */
    publishedRevisionId: z.string().nullable(),
    lastReviewed: z.string(),
    open: z.array(revisionDtoSchema),
  })
  .meta({ id: 'EditorGuide' });
export type EditorGuideDto = z.infer<typeof editorGuideSchema>;

export const revisionListSchema = z
  .object({ revisions: z.array(revisionDtoSchema) })
  .meta({ id: 'GuideRevisionList' });
export type RevisionList = z.infer<typeof revisionListSchema>;

export const diffLineSchema = z.object({ op: z.enum(['same', 'add', 'del']), text: z.string() });
export type DiffLine = z.infer<typeof diffLineSchema>;
export const revisionDiffSchema = z
  .object({
    /** The revision compared against (null = the repository file or nothing before). */
    againstId: z.string().nullable(),
    bg: z.array(diffLineSchema),
    en: z.array(diffLineSchema),
  })
  .meta({ id: 'GuideRevisionDiff' });
export type RevisionDiffDto = z.infer<typeof revisionDiffSchema>;

export const validationResultSchema = z
  .object({ problems: z.array(guideProblemSchema) })
  .meta({ id: 'GuideValidation' });
export type ValidationResultDto = z.infer<typeof validationResultSchema>;

export const previewResponseSchema = z
  .object({
    problems: z.array(guideProblemSchema),
    /** The directory's guide page, as a whole HTML document. */
    web: z.string().nullable(),
    /** The bot's answer card, as the chat widget receives it. */
    chat: messageContentSchema.nullable(),
    /** The guide as the kiosk's catalog presents it. */
    kiosk: serviceDetailSchema.nullable(),
  })
  .meta({ id: 'GuidePreview' });
export type PreviewResponseDto = z.infer<typeof previewResponseSchema>;

export const exportQuerySchema = z
  .object({ scope: z.enum(['published', 'all']).default('published') })
  .strict();
export const guideExportSchema = z
  .object({
    files: z.array(z.object({ path: z.string(), content: z.string() })),
  })
  .meta({ id: 'GuideExport' });
export type GuideExportDto = z.infer<typeof guideExportSchema>;

/** Bus payload of 'kb.published' (every node swaps its knowledge base). */
export const KB_PUBLISHED_TOPIC = 'kb.published';
export const kbPublishedSchema = z.object({ slug, revisionId: id }).strict();
export type KbPublished = z.infer<typeof kbPublishedSchema>;

/** The editor's two lists: changes waiting for my review, and my own unfinished ones. */
export const editorQueueSchema = z
  .object({ review: z.array(revisionDtoSchema), mine: z.array(revisionDtoSchema) })
  .meta({ id: 'EditorQueue' });
export type EditorQueueDto = z.infer<typeof editorQueueSchema>;
