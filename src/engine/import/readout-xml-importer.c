/* readout-xml-importer.c
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The entry point for the XML news formats: a safe parse, errors that say
 * where the file broke, and repairs. The formats themselves live in
 * readout-xml-news.c and readout-xml-feed.c, their shared helpers in
 * readout-xml-helpers.c.
 *
 * Error policy: XML_PARSE_RECOVER is not used, so a well-formedness error
 * fails the import with READOUT_ERROR_MALFORMED and its line: a truncated
 * feed must not pass for a complete one. Non-fatal errors (namespace
 * mistakes, undeclared entities under an external DTD) still yield
 * documents, with a warning, and so does the commonest breakage in feeds,
 * a bare "&" or an HTML entity without a DTD: the text is repaired and
 * parsed again. Entity loops and excessive nesting are
 * READOUT_ERROR_HOSTILE. XHTML that is not well-formed is read again by
 * the forgiving HTML importer, as browsers do with text/html pages.
 */

#define G_LOG_DOMAIN "readout-xml"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "readout-error.h"
#include "readout-html-private.h"
#include "readout-import-private.h"
#include "readout-xml-private.h"

/* The input is UTF-8 whatever its declaration says (the dispatcher has
 * converted it), hence IGNORE_ENC on top of the shared safe options. */
#define XML_OPTIONS (READOUT_XML_PARSE_OPTIONS | XML_PARSE_IGNORE_ENC)

typedef struct
{
  int   code;           /* first fatal error */
  int   line;
  char *message;
  int   error_line;     /* first recoverable error */
  char *error_message;
} ParseErrors;

static void
parse_errors_clear (ParseErrors *errors)
{
  g_clear_pointer (&errors->message, g_free);
  g_clear_pointer (&errors->error_message, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (ParseErrors, parse_errors_clear)

/* Structured error handler of one parser context. libxml2 hands it the
 * context's userData (the context itself), so no global state is touched
 * and imports may run on several threads at once. */
static void
on_parse_error (void     *user_data,
                xmlError *error)
{
  xmlParserCtxt *ctxt = user_data;
  ParseErrors *errors = ctxt != NULL ? ctxt->_private : NULL;
  char **message;

  if (errors == NULL || error == NULL || error->level < XML_ERR_ERROR)
    return;

  /* &nbsp; under an XHTML or NITF doctype whose DTD is not loaded:
   * resolve_html_entities() deals with those. */
  if (error->level != XML_ERR_FATAL && error->code == XML_WAR_UNDECLARED_ENTITY)
    return;

  message = error->level == XML_ERR_FATAL ? &errors->message : &errors->error_message;
  if (*message != NULL)
    return;

  /* libxml2's messages may quote the document on further lines. */
  *message = g_strndup (error->message != NULL ? error->message : "?",
                        error->message != NULL ? strcspn (error->message, "\n") : 1);
  if (error->level == XML_ERR_FATAL)
    {
      errors->code = error->code;
      errors->line = error->line;
    }
  else
    errors->error_line = error->line;
}

static xmlDoc *
parse (const char  *text,
       gsize        len,
       ParseErrors *errors)
{
  g_autoptr(xmlParserCtxt) ctxt = NULL;
  xmlDoc *doc;

  ctxt = xmlNewParserCtxt ();
  if (ctxt == NULL)
    {
      errors->message = g_strdup ("out of memory");
      return NULL;
    }

  ctxt->sax->serror = on_parse_error;
  ctxt->_private = errors;
  doc = xmlCtxtReadMemory (ctxt, text, (int)len, NULL, "UTF-8", XML_OPTIONS);
  ctxt->_private = NULL;

  /* Without RECOVER libxml2 returns no tree after a fatal error; say why
   * even if the handler somehow missed it. */
  if (doc == NULL && errors->message == NULL)
    {
      errors->code = ctxt->lastError.code;
      errors->line = ctxt->lastError.line;
      errors->message = g_strchomp (g_strdup (ctxt->lastError.message != NULL
                                              ? ctxt->lastError.message : "?"));
    }

  return doc;
}

static gboolean
is_hostile (const ParseErrors *errors)
{
  return errors->code == XML_ERR_ENTITY_LOOP ||
         (errors->code == XML_ERR_INTERNAL_ERROR && errors->message != NULL &&
          strstr (errors->message, "depth") != NULL);
}

/* A cut-off file fails on its last line, with libxml2 saying an element
 * was never finished, and does not end with a closing tag. */
static gboolean
looks_truncated (const ParseErrors *errors,
                 const char        *text,
                 gsize              len)
{
  int last_line = 1;

  if (errors->code == XML_ERR_TAG_NOT_FINISHED || errors->code == XML_ERR_DOCUMENT_END)
    return TRUE;

  for (gsize i = 0; i < len; i++)
    if (text[i] == '\n' && i + 1 < len)
      last_line++;

  while (len > 0 && g_ascii_isspace (text[len - 1]))
    len--;

  return errors->line >= last_line && len > 0 && text[len - 1] != '>';
}

static void
set_parse_error (const ParseErrors  *errors,
                 const char         *text,
                 gsize               len,
                 GError            **error)
{
  if (errors->code == XML_ERR_ENTITY_LOOP)
    g_set_error (error, READOUT_ERROR, READOUT_ERROR_HOSTILE,
                 _("the XML defines entities that would expand without bound; "
                   "Readout does not expand them"));
  else if (is_hostile (errors))
    g_set_error (error, READOUT_ERROR, READOUT_ERROR_HOSTILE,
                 _("line %d: the XML nests elements too deeply"), errors->line);
  else if (looks_truncated (errors, text, len))
    g_set_error (error, READOUT_ERROR, READOUT_ERROR_MALFORMED,
                 _("line %d: the XML ends before it is complete; the file may be truncated (%s)"),
                 errors->line, errors->message);
  else
    g_set_error (error, READOUT_ERROR, READOUT_ERROR_MALFORMED,
                 _("line %d: the XML is not well-formed (%s)"), errors->line, errors->message);
}

/* Entity references stay in the tree because entities are never
 * substituted. Undeclared ones that name HTML entities (&nbsp; under an
 * XHTML or NITF DTD that is not loaded) are harmless and become their
 * character; references to entities the document declares itself are
 * left alone and counted. */
static void
resolve_html_entities (xmlDoc  *doc,
                       xmlNode *node,
                       guint    depth,
                       guint   *n_unexpanded,
                       guint   *n_unknown)
{
  xmlNode *next;

  if (depth > READOUT_XML_MAX_DEPTH)
    return;

  for (xmlNode *child = node->children; child != NULL; child = next)
    {
      next = child->next;

      if (child->type == XML_ENTITY_REF_NODE)
        {
          gboolean declared = xmlGetDocEntity (doc, child->name) != NULL;
          const htmlEntityDesc *desc = NULL;

          if (!declared)
            desc = htmlEntityLookup (child->name);

          if (desc != NULL)
            {
              char utf8[8] = { 0 };
              xmlNode *replacement;

              g_unichar_to_utf8 (desc->value, utf8);
              replacement = xmlNewDocText (doc, (const xmlChar *)utf8);
              xmlReplaceNode (child, replacement);
              xmlFreeNode (child);
            }
          else if (declared)
            (*n_unexpanded)++;
          else
            (*n_unknown)++;
        }
      else if (child->type == XML_ELEMENT_NODE)
        resolve_html_entities (doc, child, depth + 1, n_unexpanded, n_unknown);
    }
}

static gboolean
is_entity_error (const ParseErrors *errors)
{
  return errors->code == XML_ERR_UNDECLARED_ENTITY ||
         errors->code == XML_ERR_NAME_REQUIRED ||
         errors->code == XML_ERR_ENTITYREF_SEMICOL_MISSING;
}

static gsize
skip_verbatim (const char *p,
               const char *end,
               const char *open,
               const char *close)
{
  const char *stop;

  if ((gsize)(end - p) < strlen (open) || strncmp (p, open, strlen (open)) != 0)
    return 0;

  stop = g_strstr_len (p, end - p, close);
  return stop != NULL ? (gsize)(stop - p) + strlen (close) : (gsize)(end - p);
}

/* The commonest way feeds break XML: a bare "&" ("AT&T") and HTML
 * entities (&nbsp;, &mdash;) with no DTD to declare them. Escapes the
 * former and turns the latter into character references, outside CDATA
 * sections and comments. NULL when the text has a DTD of its own (its
 * entities are not ours to touch) or nothing changed. */
static char *
repair_ampersands (const char *text,
                   gsize       len)
{
  g_autoptr(GString) out = NULL;
  const char *end = text + len;
  const char *p = text;
  gboolean changed = FALSE;

  if (g_strstr_len (text, len, "<!ENTITY") != NULL)
    return NULL;

  out = g_string_sized_new (len + 64);
  while (p < end)
    {
      gsize verbatim = skip_verbatim (p, end, "<![CDATA[", "]]>");
      const char *q;

      if (verbatim == 0)
        verbatim = skip_verbatim (p, end, "<!--", "-->");
      if (verbatim > 0)
        {
          g_string_append_len (out, p, verbatim);
          p += verbatim;
          continue;
        }

      if (*p != '&')
        {
          g_string_append_c (out, *p++);
          continue;
        }

      q = p + 1;
      if (q < end && *q == '#')
        {
          q++;
          if (q < end && (*q == 'x' || *q == 'X'))
            q++;
          while (q < end && g_ascii_isxdigit (*q))
            q++;
        }
      else
        while (q < end && (g_ascii_isalnum (*q) || *q == '_' || *q == '-' || *q == '.' || *q == ':'))
          q++;

      if (q < end && *q == ';' && q > p + 1 && p[1] != '#')
        {
          g_autofree char *name = g_strndup (p + 1, q - p - 1);
          const htmlEntityDesc *desc = NULL;

          if (g_strv_contains ((const char * const[]){ "amp", "lt", "gt", "quot", "apos", NULL }, name))
            g_string_append_len (out, p, q + 1 - p);
          else if ((desc = htmlEntityLookup ((const xmlChar *)name)) != NULL)
            {
              g_string_append_printf (out, "&#%u;", desc->value);
              changed = TRUE;
            }
          else
            {
              /* Unknown: shown as written rather than failing the file. */
              g_string_append (out, "&amp;");
              g_string_append_len (out, p + 1, q - p);
              changed = TRUE;
            }
          p = q + 1;
        }
      else if (q < end && *q == ';' && q > p + 2)
        {
          g_string_append_len (out, p, q + 1 - p);
          p = q + 1;
        }
      else
        {
          g_string_append (out, "&amp;");
          changed = TRUE;
          p++;
        }
    }

  return changed ? g_string_free (g_steal_pointer (&out), FALSE) : NULL;
}

static GPtrArray *
import_xhtml_as_html (const char         *text,
                      gsize               len,
                      const ParseErrors  *errors,
                      GError            **error)
{
  g_autoptr(GPtrArray) docs = _readout_html_import (text, len, error);
  g_autofree char *warning = NULL;

  if (docs == NULL)
    return NULL;

  warning = g_strdup_printf (_("The XHTML is not well-formed XML (line %d: %s); it was read as HTML"),
                             errors->line, errors->message);
  for (guint i = 0; i < docs->len; i++)
    readout_document_add_warning (g_ptr_array_index (docs, i), warning);

  return g_steal_pointer (&docs);
}

GPtrArray *
_readout_xml_import (const char     *text,
                     gsize           len,
                     ReadoutFormat   format,
                     GError        **error)
{
  g_autoptr(GPtrArray) docs = g_ptr_array_new_with_free_func (g_object_unref);
  g_auto(ParseErrors) errors = { 0 };
  g_autoptr(xmlDoc) doc = NULL;
  g_autofree char *error_warning = NULL;
  g_autofree char *repaired_warning = NULL;
  xmlNode *root;
  guint n_unexpanded = 0;
  guint n_unknown = 0;

  if (len > G_MAXINT)
    {
      g_set_error (error, READOUT_ERROR, READOUT_ERROR_TOO_LARGE, _("The XML is too large"));
      return NULL;
    }

  doc = parse (text, len, &errors);
  if (doc == NULL && is_entity_error (&errors))
    {
      g_autofree char *repaired = repair_ampersands (text, len);

      if (repaired != NULL)
        {
          g_auto(ParseErrors) retry = { 0 };

          /* The repair keeps line breaks, so line numbers still hold. */
          doc = parse (repaired, strlen (repaired), &retry);
          if (doc != NULL)
            repaired_warning = g_strdup_printf (_("The XML has a bare “&” or an HTML entity on line %d; "
                                                  "it was read as the character it stands for"),
                                                errors.line);
          else
            {
              /* Report what is still wrong, not what was repaired. */
              ParseErrors swap = errors;

              errors = retry;
              retry = swap;
            }
        }
    }

  if (doc == NULL)
    {
      if (format == READOUT_FORMAT_XHTML && !is_hostile (&errors))
        return import_xhtml_as_html (text, len, &errors, error);

      set_parse_error (&errors, text, len, error);
      return NULL;
    }

  root = xmlDocGetRootElement (doc);
  if (root == NULL)
    {
      g_set_error (error, READOUT_ERROR, READOUT_ERROR_MALFORMED, _("The XML has no root element"));
      return NULL;
    }

  resolve_html_entities (doc, root, 0, &n_unexpanded, &n_unknown);

  switch (format)
    {
    case READOUT_FORMAT_NITF:
      _readout_nitf_read (root, docs);
      break;

    case READOUT_FORMAT_NEWSML:
      _readout_newsml_read (root, docs);
      break;

    case READOUT_FORMAT_RSS:
      _readout_rss_read (root, docs);
      break;

    case READOUT_FORMAT_ATOM:
      _readout_atom_read (root, docs);
      break;

    case READOUT_FORMAT_XHTML:
      {
        ReadoutDocument *document = _readout_html_document_from_tree (doc, error);

        if (document == NULL)
          return NULL;
        g_ptr_array_add (docs, document);
      }
      break;

    case READOUT_FORMAT_UNKNOWN:
    case READOUT_FORMAT_TEXT:
    case READOUT_FORMAT_HTML:
    case READOUT_FORMAT_JSON:
    default:
      g_set_error (error, READOUT_ERROR, READOUT_ERROR_UNSUPPORTED_FORMAT,
                   _("This XML is not a news format Readout knows"));
      return NULL;
    }

  if (errors.error_message != NULL)
    error_warning = g_strdup_printf (_("The XML has errors (line %d: %s); the article may be incomplete"),
                                     errors.error_line, errors.error_message);

  for (guint i = 0; i < docs->len; i++)
    {
      ReadoutDocument *document = g_ptr_array_index (docs, i);

      readout_document_set_format (document, _readout_format_to_string (format));
      if (error_warning != NULL)
        readout_document_add_warning (document, error_warning);
      if (repaired_warning != NULL)
        readout_document_add_warning (document, repaired_warning);
      if (n_unexpanded > 0)
        readout_document_add_warning (document,
                                      _("The file defines its own XML entities; Readout does not "
                                        "expand them, so the text they stand for is missing"));
      if (n_unknown > 0)
        readout_document_add_warning (document,
                                      _("The file refers to XML entities that are not defined; "
                                        "the text they stand for is missing"));
    }

  return g_steal_pointer (&docs);
}
