import lunr from 'lunr';
import { bgKeys, isBgStopWord, trimToken } from './analyze.ts';

/** lunr pipeline functions for Bulgarian, registered so that a serialised index can be loaded again. */
export const bgTrimmer: lunr.PipelineFunction = (token) => token.update((s) => trimToken(s));

export const bgStopWordFilter: lunr.PipelineFunction = (token) =>
  isBgStopWord(token.toString()) ? (undefined as unknown as lunr.Token) : token;

/** Stems every reading of the token and folds it to a key; may expand one token into several. */
export const bgStemmer: lunr.PipelineFunction = (token) => {
  const keys = bgKeys(token.toString());
  return keys.map((k) => token.clone(() => k)) as unknown as lunr.Token;
};

lunr.Pipeline.registerFunction(bgTrimmer, 'bg-trimmer');
lunr.Pipeline.registerFunction(bgStopWordFilter, 'bg-stop-word-filter');
lunr.Pipeline.registerFunction(bgStemmer, 'bg-stemmer');

/** Configures a lunr builder for Bulgarian fields (indexing and search use the same functions). */
export function useBulgarian(builder: lunr.Builder): void {
  builder.pipeline.reset();
  builder.searchPipeline.reset();
  builder.pipeline.add(bgTrimmer, bgStopWordFilter, bgStemmer);
  builder.searchPipeline.add(bgTrimmer, bgStopWordFilter, bgStemmer);
}
