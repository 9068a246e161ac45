import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  bigint,
  boolean,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import type { StoryDocument } from '@/lib/rich-text/document';
import type { CheckedStoryFields } from '@/lib/schemas/story';

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();

export const staffRole = pgEnum('staff_role', ['admin', 'editor', 'reporter']);
export const storyState = pgEnum('story_state', ['draft', 'in_review', 'scheduled', 'published', 'unpublished']);
export const channelKind = pgEnum('channel_kind', ['list', 'video', 'original', 'topics']);
export const mediaKind = pgEnum('media_kind', ['image', 'video']);

export const staff = pgTable(
  'staff',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    name: text('name').notNull(),
    email: text('email').notNull(),
    passwordHash: text('password_hash').notNull(),
    role: staffRole('role').notNull(),
    active: boolean('active').notNull().default(true),
    mustChangePassword: boolean('must_change_password').notNull().default(false),
    // Bumped on sign-out, disable, role and password change: older session tokens stop working.
    sessionVersion: integer('session_version').notNull().default(1),
    lastSignInAt: timestamp('last_sign_in_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('staff_email_lower_idx').on(sql`lower(${t.email})`)],
);

// Sign-in limits (lib/sign-in-guard.ts): one counter row per key, raised by a single atomic
// statement before a password is checked. Keys: `address:…` and `account:…` count attempts in a
// fixed window; `pair:<account>|<address>` counts consecutive attempts since the last success and
// carries the back-off (`blocked_until`).
export const signInLimits = pgTable('sign_in_limits', {
  key: text('key').primaryKey(),
  hits: integer('hits').notNull(),
  windowStart: timestamp('window_start', { withTimezone: true }).notNull(),
  blockedUntil: timestamp('blocked_until', { withTimezone: true }),
});

// Addresses an account has signed in from: its usual places, which keep working while the
// account is under a distributed guessing attack.
export const signInKnownAddresses = pgTable(
  'sign_in_known_addresses',
  {
    account: text('account').notNull(),
    address: text('address').notNull(),
    lastSuccessAt: timestamp('last_success_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.account, t.address] })],
);

export const channels = pgTable(
  'channels',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    slug: text('slug').notNull().unique(),
    name: text('name').notNull(),
    kind: channelKind('kind').notNull().default('list'),
    position: integer('position').notNull().default(0),
    visible: boolean('visible').notNull().default(true),
    parentId: integer('parent_id').references((): AnyPgColumn => channels.id),
    createdAt: createdAt(),
  },
  (t) => [index('channels_parent_position_idx').on(t.parentId, t.position)],
);

export const stories = pgTable(
  'stories',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    title: text('title').notNull(),
    subtitle: text('subtitle'),
    channelId: integer('channel_id').references(() => channels.id),
    sourceName: text('source_name').notNull().default(''),
    isOriginal: boolean('is_original').notNull().default(true),
    editorId: integer('editor_id').references(() => staff.id),
    writerCredit: text('writer_credit'),
    photosCredit: text('photos_credit'),
    photographerCredit: text('photographer_credit'),
    editorsNote: text('editors_note'),
    // Written only from a checked body (lib/schemas/story.ts), so read back as one.
    body: jsonb('body').$type<StoryDocument>().notNull(),
    // Rendered once on save, so reader pages never run the renderer per request.
    bodyHtml: text('body_html').notNull().default(''),
    bodyText: text('body_text').notNull().default(''),
    // Title, subtitle, note and body folded to simplified script, so a query in either script
    // finds text in either; indexed with pg_trgm for substring search.
    searchText: text('search_text').notNull().default(''),
    videoUrl: text('video_url'),
    correction: text('correction'),
    // 網址代稱: the readable tail of the address (/articles/<id>/<slug>). The id finds the story,
    // so an old or mistyped slug still reaches it and is redirected to this one.
    slug: text('slug'),
    // 摘要 written by the desk for cards, feeds and the meta description; null falls back to the
    // opening of the 編者按 or body.
    summary: text('summary'),
    // A live (published or scheduled) story's 未發佈的修改: the editor's fields, unseen by readers
    // until 更新已發佈稿件 copies them into the columns above. Null when there are none.
    pending: jsonb('pending').$type<CheckedStoryFields>(),
    pendingBy: integer('pending_by').references(() => staff.id),
    pendingAt: timestamp('pending_at', { withTimezone: true }),
    state: storyState('state').notNull().default('draft'),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    authorId: integer('author_id')
      .notNull()
      .references(() => staff.id),
    version: integer('version').notNull().default(1),
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
    createdAt: createdAt(),
    // When readers' version last changed (dateModified, sitemaps): not moved by 未發佈的修改.
    updatedAt: updatedAt(),
    // When anyone last worked on the story, 未發佈的修改 included: the workspace list's order.
    editedAt: timestamp('edited_at', { withTimezone: true }).notNull().defaultNow(),
  },
  // DESC NULLS FIRST is what `order by … desc` means: only an index in that exact order can
  // hand back the newest rows without sorting the table (drizzle's desc() alone is NULLS LAST).
  (t) => [
    index('stories_public_idx').on(t.state, t.publishedAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    // Video stories are few: the front page's video block reads them from their own index
    // instead of walking every story's.
    index('stories_video_public_idx').on(t.state, t.publishedAt.desc().nullsFirst(), t.id.desc().nullsFirst()).where(sql`${t.videoUrl} is not null`),
    index('stories_channel_public_idx').on(t.channelId, t.state, t.publishedAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    index('stories_author_idx').on(t.authorId, t.updatedAt.desc().nullsFirst()),
    index('stories_search_trgm_idx').using('gin', sql`${t.searchText} gin_trgm_ops`),
    // The folded title (search_text's first line): title matches are listed first, and this
    // index also gives the planner a count of them.
    index('stories_search_title_trgm_idx').using('gin', sql`(split_part(${t.searchText}, E'\n', 1)) gin_trgm_ops`),
    index('stories_updated_idx').on(t.updatedAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    index('stories_edited_idx').on(t.editedAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    // The workspace's counts per state (everyone's, an author's, a 責編's) read these alone
    // (index-only scans) instead of the whole table.
    index('stories_state_count_idx').on(t.state).where(sql`${t.deletedAt} is null`),
    index('stories_author_state_idx').on(t.authorId, t.state).where(sql`${t.deletedAt} is null`),
    index('stories_editor_state_idx').on(t.editorId, t.state).where(sql`${t.deletedAt} is null`),
  ],
);

export const storyRevisions = pgTable(
  'story_revisions',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    storyId: integer('story_id')
      .notNull()
      .references(() => stories.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    reason: text('reason').notNull(),
    snapshot: jsonb('snapshot').notNull(),
    // A version saved as 未發佈的修改 of a live story (readers did not see it).
    pending: boolean('pending').notNull().default(false),
    actorId: integer('actor_id').references(() => staff.id),
    createdAt: createdAt(),
  },
  (t) => [index('story_revisions_story_idx').on(t.storyId, t.createdAt.desc().nullsFirst())],
);

export const media = pgTable('media', {
  id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
  fileKey: text('file_key').notNull().unique(),
  kind: mediaKind('kind').notNull(),
  mimeType: text('mime_type').notNull(),
  size: integer('size').notNull(),
  width: integer('width'),
  height: integer('height'),
  hash: text('hash').notNull().unique(),
  alt: text('alt').notNull().default(''),
  caption: text('caption').notNull().default(''),
  credit: text('credit').notNull().default(''),
  originalName: text('original_name').notNull().default(''),
  // Processed renditions: [{ key, format, width, height, size }]; empty for the original only.
  variants: jsonb('variants').$type<MediaVariant[]>().notNull().default([]),
  // A tiny blurred preview as a data URL, shown while the photo loads.
  placeholder: text('placeholder'),
  // For a video: the uploaded image shown before it plays.
  posterId: integer('poster_id').references((): AnyPgColumn => media.id),
  // 焦點: the point (percent from the left and from the top) that stays in view when a card or
  // a cropped rendition cuts the photo to another shape.
  focalX: integer('focal_x').notNull().default(50),
  focalY: integer('focal_y').notNull().default(50),
  uploadedBy: integer('uploaded_by').references(() => staff.id),
  createdAt: createdAt(),
});

export interface MediaVariant {
  key: string;
  format: 'avif' | 'webp' | 'jpeg';
  width: number;
  height: number;
  size: number;
}

// A story's gallery: each use of a photo carries its own caption, alt and credit.
export const storyMedia = pgTable(
  'story_media',
  {
    storyId: integer('story_id')
      .notNull()
      .references(() => stories.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    mediaId: integer('media_id')
      .notNull()
      .references(() => media.id),
    caption: text('caption').notNull().default(''),
    alt: text('alt').notNull().default(''),
    credit: text('credit').notNull().default(''),
  },
  (t) => [primaryKey({ columns: [t.storyId, t.position] }), index('story_media_media_idx').on(t.mediaId)],
);

export const topics = pgTable('topics', {
  id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
  slug: text('slug').notNull().unique(),
  title: text('title').notNull(),
  summary: text('summary').notNull().default(''),
  coverMediaId: integer('cover_media_id').references(() => media.id),
  visible: boolean('visible').notNull().default(true),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export const topicStories = pgTable(
  'topic_stories',
  {
    topicId: integer('topic_id')
      .notNull()
      .references(() => topics.id, { onDelete: 'cascade' }),
    storyId: integer('story_id')
      .notNull()
      .references(() => stories.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
  },
  (t) => [primaryKey({ columns: [t.topicId, t.storyId] }), index('topic_stories_story_idx').on(t.storyId)],
);

// The desk's conversation about a story (退回 comments included).
export const storyComments = pgTable(
  'story_comments',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    storyId: integer('story_id')
      .notNull()
      .references(() => stories.id, { onDelete: 'cascade' }),
    authorId: integer('author_id')
      .notNull()
      .references(() => staff.id),
    body: text('body').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('story_comments_story_idx').on(t.storyId, t.createdAt)],
);

// Signed links that let someone outside read a draft until they expire or are revoked.
export const storyShareLinks = pgTable('story_share_links', {
  id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
  storyId: integer('story_id')
    .notNull()
    .references(() => stories.id, { onDelete: 'cascade' }),
  tokenHash: text('token_hash').notNull().unique(),
  createdBy: integer('created_by')
    .notNull()
    .references(() => staff.id),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  revokedAt: timestamp('revoked_at', { withTimezone: true }),
  createdAt: createdAt(),
});

// Who has a story open in the editor, refreshed by a heartbeat; stale rows are ignored.
export const storyPresence = pgTable(
  'story_presence',
  {
    storyId: integer('story_id')
      .notNull()
      .references(() => stories.id, { onDelete: 'cascade' }),
    staffId: integer('staff_id')
      .notNull()
      .references(() => staff.id, { onDelete: 'cascade' }),
    seenAt: timestamp('seen_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.storyId, t.staffId] })],
);

// A single row (id 1): what the site says about itself.
export const siteSettings = pgTable('site_settings', {
  id: integer('id').primaryKey().default(1),
  siteName: text('site_name').notNull(),
  timeZone: text('time_zone').notNull().default('Asia/Shanghai'),
  copyright: jsonb('copyright').$type<string[]>().notNull().default([]),
  reprintDisclaimer: text('reprint_disclaimer').notNull().default(''),
  footerLinks: jsonb('footer_links').$type<{ label: string; href: string }[]>().notNull().default([]),
  // The script a reader sees before choosing: 'hant' (繁體) or 'hans' (简体).
  defaultVariant: text('default_variant').notNull().default('hant'),
  // The publisher's logo for structured data (NewsArticle publisher.logo): a site path or https URL.
  logoUrl: text('logo_url').notNull().default('/logo.png'),
  updatedAt: updatedAt(),
});

// Old channel slugs keep working after a rename: they redirect to the channel.
export const channelSlugRedirects = pgTable('channel_slug_redirects', {
  oldSlug: text('old_slug').primaryKey(),
  channelId: integer('channel_id')
    .notNull()
    .references(() => channels.id, { onDelete: 'cascade' }),
  createdAt: createdAt(),
});

// Append-only: a trigger in the migrations refuses UPDATE and DELETE.
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    actorId: integer('actor_id').references(() => staff.id),
    action: text('action').notNull(),
    subjectType: text('subject_type').notNull(),
    subjectId: text('subject_id'),
    before: jsonb('before'),
    after: jsonb('after'),
    createdAt: createdAt(),
  },
  (t) => [index('audit_log_created_idx').on(t.createdAt.desc().nullsFirst()), index('audit_log_subject_idx').on(t.subjectType, t.subjectId)],
);

export type Staff = typeof staff.$inferSelect;
export type StaffRole = (typeof staffRole.enumValues)[number];
export type Channel = typeof channels.$inferSelect;
export type Story = typeof stories.$inferSelect;
export type StoryState = (typeof storyState.enumValues)[number];
export type Media = typeof media.$inferSelect;
export type Topic = typeof topics.$inferSelect;
export type SiteSettings = typeof siteSettings.$inferSelect;
export type AuditEntry = typeof auditLog.$inferSelect;
export type StoryComment = typeof storyComments.$inferSelect;
