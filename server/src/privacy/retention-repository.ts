/**
 * What the retention job needs from storage. Each method acts on at most `limit` rows and returns
 * how many it changed, so the job can work in batches without long transactions. "Inactive
 * before" means lastActivityAt < cutoff; rows on legal hold are never touched.
 */
export interface RetentionRepository {
  /** Removes pseudonym, name, e-mail and consent from identified conversations (the conversation stays). */
  detachIdentitiesInactiveBefore(cutoff: Date, limit: number): Promise<number>;
  /** Deletes conversations with their messages, participants and identity. */
  deleteConversationsInactiveBefore(cutoff: Date, limit: number): Promise<number>;
  /**
   * Strips the detail of analytics events older than cutoff: free text (search query, detail) and
   * any conversation or session reference; type, time, channel and service stay for the counts.
   */
  anonymiseAnalyticsBefore(cutoff: Date, limit: number): Promise<number>;
  deleteAnalyticsBefore(cutoff: Date, limit: number): Promise<number>;
  deleteAuditEntriesBefore(cutoff: Date, limit: number): Promise<number>;
}
