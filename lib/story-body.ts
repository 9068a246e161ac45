import { foldForSearch } from './chinese/convert';
import { type StoryDocument, documentText } from './rich-text/document';
import { type FigureMediaMap, renderDocumentHtml } from './rich-text/render';

/**
 * Everything derived from a checked body on save, in one place: the reader's safe HTML, the
 * plain text, and the search text (title, subtitle, note and body folded to one script).
 * `media` holds the library rows the body's figures name.
 */
export function derivedStoryFields(input: { title: string; subtitle?: string | null; editorsNote?: string | null; body: StoryDocument }, media: FigureMediaMap) {
  const bodyText = documentText(input.body);
  return {
    body: input.body,
    bodyHtml: renderDocumentHtml(input.body, media),
    bodyText,
    searchText: foldForSearch([input.title, input.subtitle, input.editorsNote, bodyText].filter(Boolean).join('\n')),
  };
}
