/* readout-party-directory.c
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <libintl.h>
#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "readout-error.h"
#include "readout-party-data-resources.h"
#include "readout-party-directory.h"
#include "readout-party-matcher-private.h"
#include "readout-party-private.h"

#define PARTY_DATA_RESOURCE "/io/github/readout/Readout/engine/parties.json"

struct _ReadoutPartyDirectory
{
  GObject              parent_instance;

  GPtrArray           *parties;  /* ReadoutParty*, sorted by id */
  GHashTable          *by_id;    /* id → ReadoutParty* (borrowed) */
  ReadoutPartyMatcher  matcher;
  guint                n_aliases;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (ReadoutPartyDirectory, readout_party_directory, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

const char *
readout_party_mention_kind_to_string (ReadoutPartyMentionKind kind)
{
  switch (kind)
    {
    case READOUT_PARTY_MENTION_NAME:
      return "name";
    case READOUT_PARTY_MENTION_DEMONYM:
      return "demonym";
    case READOUT_PARTY_MENTION_CAPITAL:
      return "capital";
    case READOUT_PARTY_MENTION_INSTITUTION:
      return "institution";
    case READOUT_PARTY_MENTION_OFFICIAL:
      return "official";
    default:
      g_return_val_if_reached (NULL);
    }
}

static GType
readout_party_directory_get_item_type (GListModel *model)
{
  return READOUT_TYPE_PARTY;
}

static guint
readout_party_directory_get_n_items (GListModel *model)
{
  return READOUT_PARTY_DIRECTORY (model)->parties->len;
}

static gpointer
readout_party_directory_get_item (GListModel *model,
                                  guint       position)
{
  ReadoutPartyDirectory *self = READOUT_PARTY_DIRECTORY (model);

  if (position >= self->parties->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->parties, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = readout_party_directory_get_item_type;
  iface->get_n_items = readout_party_directory_get_n_items;
  iface->get_item = readout_party_directory_get_item;
}

static void
readout_party_directory_finalize (GObject *object)
{
  ReadoutPartyDirectory *self = (ReadoutPartyDirectory *)object;

  g_clear_pointer (&self->matcher.aliases, _readout_party_trie_free);
  g_clear_pointer (&self->matcher.country_suffixes, _readout_party_trie_free);
  g_clear_pointer (&self->matcher.organization_suffixes, _readout_party_trie_free);
  g_clear_pointer (&self->by_id, g_hash_table_unref);
  g_clear_pointer (&self->parties, g_ptr_array_unref);

  G_OBJECT_CLASS (readout_party_directory_parent_class)->finalize (object);
}

static void
readout_party_directory_class_init (ReadoutPartyDirectoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = readout_party_directory_finalize;
}

static void
readout_party_directory_init (ReadoutPartyDirectory *self)
{
  self->parties = g_ptr_array_new_with_free_func (g_object_unref);
  self->by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->matcher.aliases = _readout_party_trie_new ();
  self->matcher.country_suffixes = _readout_party_trie_new ();
  self->matcher.organization_suffixes = _readout_party_trie_new ();
}

static ReadoutParty *
add_party (ReadoutPartyDirectory *self,
           const char            *id,
           ReadoutPartyKind       kind,
           const char            *name,
           const char            *msgid)
{
  ReadoutParty *party = _readout_party_new (id, kind, name, msgid);

  g_ptr_array_add (self->parties, party);
  g_hash_table_insert (self->by_id, (gpointer)readout_party_get_id (party), party);

  return party;
}

static const char *
member_string (JsonObject *object,
               const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;

  return json_node_get_string (node);
}

/* iso-codes' formal names make poor aliases: "Korea, Republic of" is
 * never written so; "Holy See (Vatican City State)" is, without the
 * parenthesis. */
static char *
iso_name_as_alias (const char *name)
{
  const char *paren;

  if (name == NULL || strchr (name, ',') != NULL)
    return NULL;

  if (g_str_has_prefix (name, "the "))
    name += strlen ("the ");

  paren = strstr (name, " (");
  if (paren != NULL)
    return g_strndup (name, paren - name);

  return g_strdup (name);
}

static JsonNode *
parse_json (const char  *path,
            GBytes      *bytes,
            GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  gboolean ok;

  if (bytes != NULL)
    ok = json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL),
                                     g_bytes_get_size (bytes), error);
  else
    ok = json_parser_load_from_mapped_file (parser, path, error);

  if (!ok)
    return NULL;

  if (!JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    {
      g_set_error (error, READOUT_ERROR, READOUT_ERROR_MALFORMED,
                   _("“%s” does not hold a JSON object"), path);
      return NULL;
    }

  return json_node_ref (json_parser_get_root (parser));
}

static gboolean
load_iso_3166 (ReadoutPartyDirectory  *self,
               const char             *path,
               GError                **error)
{
  g_autoptr(JsonNode) root = NULL;
  JsonNode *list;
  JsonArray *countries;

  if (!(root = parse_json (path, NULL, error)))
    return FALSE;

  list = json_object_get_member (json_node_get_object (root), "3166-1");
  if (list == NULL || !JSON_NODE_HOLDS_ARRAY (list))
    {
      g_set_error (error, READOUT_ERROR, READOUT_ERROR_MALFORMED,
                   _("“%s” is not an ISO 3166-1 country list"), path);
      return FALSE;
    }

  countries = json_node_get_array (list);
  for (guint i = 0; i < json_array_get_length (countries); i++)
    {
      JsonObject *country = json_array_get_object_element (countries, i);
      const char *id, *name, *common_name;
      const char *names[3];
      ReadoutParty *party;

      if (country == NULL ||
          (id = member_string (country, "alpha_3")) == NULL ||
          (name = member_string (country, "name")) == NULL)
        continue;

      common_name = member_string (country, "common_name");
      party = add_party (self, id, READOUT_PARTY_KIND_COUNTRY,
                         common_name ? common_name : name,
                         common_name ? common_name : name);

      names[0] = common_name;
      names[1] = name;
      names[2] = member_string (country, "official_name");
      for (guint j = 0; j < G_N_ELEMENTS (names); j++)
        {
          g_autofree char *alias = iso_name_as_alias (names[j]);

          if (alias != NULL)
            _readout_party_add_alias (party, alias);
        }
    }

  if (self->parties->len == 0)
    {
      g_set_error (error, READOUT_ERROR, READOUT_ERROR_MALFORMED,
                   _("“%s” lists no countries"), path);
      return FALSE;
    }

  return TRUE;
}

typedef struct
{
  ReadoutParty            *party;
  char                    *alias;
  ReadoutPartyMentionKind  kind;
} PendingAlias;

static void
pending_alias_clear (gpointer data)
{
  PendingAlias *pending = data;

  g_free (pending->alias);
}

/* The non-empty strings of the array @member of @object (borrowed from the
 * parsed JSON); anything else in the array is skipped, since
 * json_array_get_string_element() complains about non-strings. */
static GPtrArray *
string_list (JsonObject *object,
             const char *member)
{
  GPtrArray *list = g_ptr_array_new ();
  JsonNode *node = json_object_get_member (object, member);
  JsonArray *array;

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    return list;

  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      const char *text;

      if (json_node_get_value_type (element) != G_TYPE_STRING)
        continue;
      text = json_node_get_string (element);
      if (text != NULL && *text != '\0')
        g_ptr_array_add (list, (gpointer)text);
    }

  return list;
}

static void
queue_aliases (GArray                  *pending,
               ReadoutParty            *party,
               JsonObject              *object,
               const char              *member,
               ReadoutPartyMentionKind  kind)
{
  g_autoptr(GPtrArray) aliases = string_list (object, member);

  for (guint i = 0; i < aliases->len; i++)
    {
      PendingAlias item;

      item.party = party;
      item.alias = g_strdup (g_ptr_array_index (aliases, i));
      item.kind = kind;
      g_array_append_val (pending, item);
    }
}

static GHashTable *
string_set (JsonObject *object,
            const char *member)
{
  GHashTable *set = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) words = string_list (object, member);

  for (guint i = 0; i < words->len; i++)
    g_hash_table_add (set, g_ptr_array_index (words, i));

  return set;
}

/* Per-alias flags from the data's word lists; the strings in the sets
 * belong to the parsed JSON. */
static ReadoutPartyAliasFlags
alias_flags (const char *alias,
             GHashTable *name_like,
             GHashTable *article_nouns)
{
  ReadoutPartyAliasFlags flags = READOUT_PARTY_ALIAS_NONE;
  const char *p = alias;

  if (g_hash_table_contains (name_like, alias))
    flags |= READOUT_PARTY_ALIAS_NAME_LIKE;

  /* The words of g_strsplit_set (alias, " -", -1), empty ones included
   * (but none for an empty alias), each copied to the stack unless it is
   * long. */
  for (; *alias != '\0';)
    {
      gsize len = strcspn (p, " -");
      char buf[64];
      g_autofree char *copy = NULL;
      const char *word = buf;

      if (len < sizeof buf)
        {
          memcpy (buf, p, len);
          buf[len] = '\0';
        }
      else
        word = copy = g_strndup (p, len);
      if (g_hash_table_contains (article_nouns, word))
        flags |= READOUT_PARTY_ALIAS_ARTICLE;
      if (p[len] == '\0')
        break;
      p += len + 1;
    }

  return flags;
}

static void
add_string_list (ReadoutPartyTrie        *trie,
                 JsonObject              *object,
                 const char              *member,
                 ReadoutPartyMentionKind  kind)
{
  g_autoptr(GPtrArray) phrases = string_list (object, member);

  for (guint i = 0; i < phrases->len; i++)
    _readout_party_trie_add (trie, g_ptr_array_index (phrases, i), NULL, kind,
                             READOUT_PARTY_ALIAS_NONE);
}

static gboolean
load_party_data (ReadoutPartyDirectory  *self,
                 const char             *path,
                 GBytes                 *bytes,
                 GError                **error)
{
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GArray) pending = NULL;
  g_autoptr(GHashTable) name_like = NULL;
  g_autoptr(GHashTable) article_nouns = NULL;
  static const char * const sections[] = { "countries", "organizations" };
  JsonObject *data;
  JsonNode *node;

  if (!(root = parse_json (path, bytes, error)))
    return FALSE;
  data = json_node_get_object (root);

  /* Names and aliases first, so a party's name is its first alias and
   * "U.S." reads as a name rather than a demonym. */
  pending = g_array_new (FALSE, FALSE, sizeof (PendingAlias));
  g_array_set_clear_func (pending, pending_alias_clear);

  for (guint s = 0; s < G_N_ELEMENTS (sections); s++)
    {
      ReadoutPartyKind kind = s == 0 ? READOUT_PARTY_KIND_COUNTRY : READOUT_PARTY_KIND_ORGANIZATION;
      JsonArray *array;

      node = json_object_get_member (data, sections[s]);
      if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
        {
          g_set_error (error, READOUT_ERROR, READOUT_ERROR_MALFORMED,
                       _("The party data “%s” lacks the “%s” list"), path, sections[s]);
          return FALSE;
        }

      array = json_node_get_array (node);
      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonObject *object = json_array_get_object_element (array, i);
          const char *id, *name;
          ReadoutParty *party;

          if (object == NULL || (id = member_string (object, "id")) == NULL)
            continue;
          name = member_string (object, "name");

          party = g_hash_table_lookup (self->by_id, id);
          if (party == NULL)
            {
              /* Organisations, and countries iso-codes does not list
               * (Kosovo). An unknown country code is a typo or an older
               * iso-codes: skip it rather than invent a country. */
              if (kind == READOUT_PARTY_KIND_COUNTRY &&
                  !json_object_get_boolean_member_with_default (object, "new", FALSE))
                {
                  g_debug ("Party data: iso-codes has no country %s", id);
                  continue;
                }
              if (name == NULL)
                continue;
              party = add_party (self, id, kind, name, NULL);
            }
          else if (name != NULL && readout_party_get_kind (party) == kind)
            {
              _readout_party_set_name (party, name);
            }

          if (name != NULL)
            {
              PendingAlias item = { party, g_strdup (name), READOUT_PARTY_MENTION_NAME };
              g_array_append_val (pending, item);
            }
          queue_aliases (pending, party, object, "aliases", READOUT_PARTY_MENTION_NAME);
          queue_aliases (pending, party, object, "demonyms", READOUT_PARTY_MENTION_DEMONYM);
          queue_aliases (pending, party, object, "capitals", READOUT_PARTY_MENTION_CAPITAL);
          queue_aliases (pending, party, object, "institutions", READOUT_PARTY_MENTION_INSTITUTION);
        }
    }

  name_like = string_set (data, "name_like");
  article_nouns = string_set (data, "article_nouns");

  /* The iso-codes names, then the data, in that order per party. */
  for (guint i = 0; i < self->parties->len; i++)
    {
      ReadoutParty *party = g_ptr_array_index (self->parties, i);
      const char * const *aliases = readout_party_get_aliases (party);

      for (guint j = 0; aliases[j] != NULL; j++)
        {
          ReadoutPartyAliasFlags flags = alias_flags (aliases[j], name_like, article_nouns);

          if (_readout_party_trie_add (self->matcher.aliases, aliases[j], party,
                                       READOUT_PARTY_MENTION_NAME, flags))
            self->n_aliases++;
        }
    }

  for (guint i = 0; i < pending->len; i++)
    {
      PendingAlias *item = &g_array_index (pending, PendingAlias, i);
      ReadoutPartyAliasFlags flags = alias_flags (item->alias, name_like, article_nouns);

      if (_readout_party_add_alias (item->party, item->alias) &&
          _readout_party_trie_add (self->matcher.aliases, item->alias, item->party,
                                   item->kind, flags))
        self->n_aliases++;
    }

  add_string_list (self->matcher.aliases, data, "blocked", READOUT_PARTY_MENTION_NAME);
  add_string_list (self->matcher.country_suffixes, data, "country_institutions",
                   READOUT_PARTY_MENTION_INSTITUTION);
  add_string_list (self->matcher.organization_suffixes, data, "organization_officials",
                   READOUT_PARTY_MENTION_OFFICIAL);

  return TRUE;
}

static int
compare_parties (gconstpointer a,
                 gconstpointer b)
{
  ReadoutParty *pa = *(ReadoutParty * const *)a;
  ReadoutParty *pb = *(ReadoutParty * const *)b;

  return strcmp (readout_party_get_id (pa), readout_party_get_id (pb));
}

ReadoutPartyDirectory *
readout_party_directory_new_from_files (const char  *iso_3166_json,
                                        const char  *data_json,
                                        GError     **error)
{
  g_autoptr(ReadoutPartyDirectory) self = NULL;
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (iso_3166_json != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (READOUT_TYPE_PARTY_DIRECTORY, NULL);

  if (!load_iso_3166 (self, iso_3166_json, error))
    return NULL;

  if (data_json == NULL)
    {
      /* Compiled in, so the matcher never depends on an install path. */
      bytes = g_resource_lookup_data (readout_party_data_get_resource (), PARTY_DATA_RESOURCE,
                                      G_RESOURCE_LOOKUP_FLAGS_NONE, error);
      if (bytes == NULL)
        return NULL;
      data_json = PARTY_DATA_RESOURCE;
    }

  if (!load_party_data (self, data_json, bytes, error))
    return NULL;

  g_ptr_array_sort (self->parties, compare_parties);

  bindtextdomain (READOUT_ISO_3166_DOMAIN, ISO_CODES_LOCALEDIR);
  bind_textdomain_codeset (READOUT_ISO_3166_DOMAIN, "UTF-8");

  return g_steal_pointer (&self);
}

ReadoutPartyDirectory *
readout_party_directory_get_default (GError **error)
{
  static gsize initialized;
  static ReadoutPartyDirectory *directory;
  static GError *load_error;

  if (g_once_init_enter (&initialized))
    {
      const char *dir = g_getenv ("READOUT_ISO_CODES_DIR");
      g_autofree char *path = NULL;

      if (dir == NULL || *dir == '\0')
        dir = ISO_CODES_JSON_DIR;
      path = g_build_filename (dir, "iso_3166-1.json", NULL);
      directory = readout_party_directory_new_from_files (path, NULL, &load_error);
      g_once_init_leave (&initialized, 1);
    }

  if (directory == NULL)
    {
      if (error != NULL)
        *error = g_error_copy (load_error);
      return NULL;
    }

  return directory;
}

guint
readout_party_directory_get_n_parties (ReadoutPartyDirectory *self)
{
  g_return_val_if_fail (READOUT_IS_PARTY_DIRECTORY (self), 0);

  return self->parties->len;
}

guint
readout_party_directory_get_n_aliases (ReadoutPartyDirectory *self)
{
  g_return_val_if_fail (READOUT_IS_PARTY_DIRECTORY (self), 0);

  return self->n_aliases;
}

ReadoutParty *
readout_party_directory_lookup_id (ReadoutPartyDirectory *self,
                                   const char            *id)
{
  g_return_val_if_fail (READOUT_IS_PARTY_DIRECTORY (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return g_hash_table_lookup (self->by_id, id);
}

gboolean
readout_party_directory_match_mention (ReadoutPartyDirectory *self,
                                       const char            *text,
                                       gssize                 len,
                                       ReadoutPartyMention   *mention)
{
  const char *skip_to;
  const char *end;

  g_return_val_if_fail (READOUT_IS_PARTY_DIRECTORY (self), FALSE);
  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (mention != NULL, FALSE);

  if (len < 0)
    len = strlen (text);
  end = text + len;

  memset (mention, 0, sizeof *mention);
  if (len == 0 || !g_utf8_validate (text, len, NULL))
    return FALSE;

  if (!_readout_party_matcher_match (&self->matcher, text, text, end, mention, &skip_to))
    return FALSE;

  mention->start = g_utf8_strlen (text, mention->byte_start);
  mention->end = g_utf8_strlen (text, mention->byte_end);

  return TRUE;
}

ReadoutParty *
readout_party_directory_match (ReadoutPartyDirectory *self,
                               const char            *text,
                               gssize                 len,
                               guint                 *match_len)
{
  ReadoutPartyMention mention;

  if (!readout_party_directory_match_mention (self, text, len, &mention))
    {
      if (match_len != NULL)
        *match_len = 0;
      return NULL;
    }

  if (match_len != NULL)
    *match_len = mention.byte_end;

  return mention.party;
}

/* g_utf8_validate() of a whole document, skipping ASCII eight bytes at a
 * time: the check runs on every analysis. */
static gboolean
is_valid_utf8 (const char *text,
               gsize       len)
{
  const guint64 highs = G_GUINT64_CONSTANT (0x8080808080808080);
  const char *p = text;
  const char *end = text + len;

  while (p < end)
    {
      guint64 x;
      const char *stop;

      if (end - p >= 8)
        {
          memcpy (&x, p, 8);
          if ((x & highs) == 0)
            {
              p += 8;
              continue;
            }
        }
      /* Hand GLib the stretch up to the next ASCII byte after some
       * non-ASCII, so a sequence is never cut. */
      stop = p;
      while (stop < end && (guchar)*stop < 0x80)
        stop++;
      while (stop < end && (guchar)*stop >= 0x80)
        stop++;
      if (!g_utf8_validate (p, stop - p, NULL))
        return FALSE;
      p = stop;
    }
  return TRUE;
}

GArray *
readout_party_directory_find_all (ReadoutPartyDirectory *self,
                                  const char            *text)
{
  gsize len;

  g_return_val_if_fail (READOUT_IS_PARTY_DIRECTORY (self), NULL);
  g_return_val_if_fail (text != NULL, NULL);

  len = strlen (text);
  g_return_val_if_fail (is_valid_utf8 (text, len), NULL);

  return _readout_party_matcher_find_all (&self->matcher, text, len);
}

GArray *
_readout_party_directory_find_in_tokens (ReadoutPartyDirectory *self,
                                         const ReadoutTokens   *tokens)
{
  return _readout_party_matcher_find_in_tokens (&self->matcher, tokens);
}

/* readout_party_directory_match() for a stretch of a document's text,
 * which is valid UTF-8: without the check, which read the whole stretch
 * on each call, nor the code-point offsets, which nobody asked for. */
ReadoutParty *
_readout_party_directory_match_unchecked (ReadoutPartyDirectory *self,
                                          const char            *text,
                                          gsize                  len)
{
  ReadoutPartyMention mention;
  const char *skip_to;

  memset (&mention, 0, sizeof mention);
  if (len == 0 ||
      !_readout_party_matcher_match (&self->matcher, text, text, text + len, &mention, &skip_to))
    return NULL;
  return mention.party;
}
