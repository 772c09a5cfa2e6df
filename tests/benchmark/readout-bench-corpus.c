/* readout-bench-corpus.c
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A deterministic generator of news articles for the import benchmark:
 * wire-style plain text (title, byline, dateline, quotes, reported speech,
 * app furniture) and HTML pages wrapped in the markup real news sites carry
 * (navigation, cookie banner, JSON-LD, scripts, asides, footer). Everything
 * comes from a fixed-seed PRNG, so the corpus is the same on every machine
 * and the figures are comparable between runs.
 */

#include "config.h"

#include <string.h>

#include "readout-bench-corpus.h"

/* xorshift64*: tiny and fully specified, unlike g_random, whose sequence
 * could change with a GLib update and silently alter the corpus. */
static guint64
next_u64 (BenchRng *rng)
{
  rng->state ^= rng->state >> 12;
  rng->state ^= rng->state << 25;
  rng->state ^= rng->state >> 27;
  return rng->state * G_GUINT64_CONSTANT (2685821657736338717);
}

void
bench_rng_init (BenchRng *rng,
                guint64   seed)
{
  rng->state = seed != 0 ? seed : G_GUINT64_CONSTANT (0x9e3779b97f4a7c15);
}

guint
bench_rng_next (BenchRng *rng,
                guint     n)
{
  return (guint)(next_u64 (rng) % n);
}

#define pick bench_rng_next

static const char *consonants[] = {
  "b", "c", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v",
  "z", "br", "st", "tr", "ch", "sh", "pl", "gr", "nd",
};
static const char *vowels[] = { "a", "e", "i", "o", "u", "ai", "ou", "ea", "io" };
static const char *accented[] = { "é", "á", "ö", "ü", "ç", "ñ", "ø", "ł", "š", "ă" };

static const char *function_words[] = {
  "the", "of", "and", "to", "in", "a", "on", "for", "that", "with", "by",
  "at", "from", "as", "its", "their", "after", "over", "under", "between",
};
static const char *verbs[] = {
  "said", "told reporters", "added", "warned", "stressed", "noted",
  "wrote in a statement", "said in an interview", "confirmed",
};
static const char *roles[] = {
  "foreign minister", "defence minister", "spokesperson", "ambassador",
  "envoy", "prime minister", "trade representative", "senior official",
};
static const char *days[] = {
  "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
};
static const char *months[] = {
  "Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.",
  "Oct.", "Nov.", "Dec.",
};

struct _BenchVocab
{
  GPtrArray *words;   /* lower-case invented words */
  GPtrArray *names;   /* "Given Family" */
  GPtrArray *places;  /* upper-case city names for datelines */
  GPtrArray *nations; /* capitalised country names */
};

static char *
make_word (BenchRng *rng,
           guint     syllables,
           gboolean  allow_accent)
{
  GString *word = g_string_new (NULL);

  for (guint i = 0; i < syllables; i++)
    {
      g_string_append (word, consonants[pick (rng, G_N_ELEMENTS (consonants))]);
      if (allow_accent && pick (rng, 12) == 0)
        g_string_append (word, accented[pick (rng, G_N_ELEMENTS (accented))]);
      else
        g_string_append (word, vowels[pick (rng, G_N_ELEMENTS (vowels))]);
    }
  if (pick (rng, 3) == 0)
    g_string_append (word, consonants[pick (rng, 15)]);

  return g_string_free (word, FALSE);
}

static char *
capitalise (const char *word)
{
  char *copy = g_strdup (word);

  copy[0] = g_ascii_toupper (copy[0]);
  return copy;
}

BenchVocab *
bench_vocab_new (BenchRng *rng)
{
  BenchVocab *vocab = g_new0 (BenchVocab, 1);

  vocab->words = g_ptr_array_new_with_free_func (g_free);
  vocab->names = g_ptr_array_new_with_free_func (g_free);
  vocab->places = g_ptr_array_new_with_free_func (g_free);
  vocab->nations = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < 4000; i++)
    g_ptr_array_add (vocab->words, make_word (rng, 1 + pick (rng, 3), FALSE));

  for (guint i = 0; i < 400; i++)
    {
      g_autofree char *given = make_word (rng, 2, TRUE);
      g_autofree char *family = make_word (rng, 2 + pick (rng, 2), TRUE);
      g_autofree char *g = capitalise (given);
      g_autofree char *f = capitalise (family);

      g_ptr_array_add (vocab->names, g_strdup_printf ("%s %s", g, f));
    }

  for (guint i = 0; i < 60; i++)
    {
      g_autofree char *place = make_word (rng, 2 + pick (rng, 2), FALSE);
      g_autofree char *nation = make_word (rng, 2 + pick (rng, 2), FALSE);
      g_autofree char *capital = capitalise (nation);

      g_ptr_array_add (vocab->places, g_ascii_strup (place, -1));
      g_ptr_array_add (vocab->nations, g_strdup_printf ("%sia", capital));
    }

  return vocab;
}

void
bench_vocab_free (BenchVocab *vocab)
{
  g_ptr_array_unref (vocab->words);
  g_ptr_array_unref (vocab->names);
  g_ptr_array_unref (vocab->places);
  g_ptr_array_unref (vocab->nations);
  g_free (vocab);
}

static const char *
any (BenchRng  *rng,
     GPtrArray *array)
{
  return g_ptr_array_index (array, pick (rng, array->len));
}

/* Words follow a rough Zipf shape: a few very common, a long tail. */
static const char *
word (BenchRng   *rng,
      BenchVocab *vocab)
{
  guint r = pick (rng, 100);

  if (r < 35)
    return function_words[pick (rng, G_N_ELEMENTS (function_words))];
  if (r < 70)
    return g_ptr_array_index (vocab->words, pick (rng, 200));
  return any (rng, vocab->words);
}

static void
append_clause (GString    *out,
               BenchRng   *rng,
               BenchVocab *vocab,
               guint       n_words)
{
  for (guint i = 0; i < n_words; i++)
    {
      if (i > 0)
        g_string_append_c (out, ' ');
      if (pick (rng, 25) == 0)
        g_string_append (out, any (rng, vocab->nations));
      else
        g_string_append (out, word (rng, vocab));
    }
}

static void
append_sentence (GString    *out,
                 BenchRng   *rng,
                 BenchVocab *vocab)
{
  const char *name = any (rng, vocab->names);
  const char *nation = any (rng, vocab->nations);
  const char *role = roles[pick (rng, G_N_ELEMENTS (roles))];
  const char *verb = verbs[pick (rng, G_N_ELEMENTS (verbs))];
  gsize start = out->len;

  switch (pick (rng, 5))
    {
    case 0: /* direct quote */
      g_string_append (out, "“");
      append_clause (out, rng, vocab, 8 + pick (rng, 14));
      g_string_append_printf (out, ",” %s %s %s %s.", nation, role, name, verb);
      break;

    case 1: /* reported speech */
      g_string_append_printf (out, "%s, %s's %s, %s on %s that ", name, nation, role, verb,
                              days[pick (rng, G_N_ELEMENTS (days))]);
      append_clause (out, rng, vocab, 10 + pick (rng, 12));
      g_string_append_c (out, '.');
      break;

    case 2: /* attribution first, with an em dash aside */
      g_string_append (out, "The ");
      append_clause (out, rng, vocab, 6 + pick (rng, 8));
      g_string_append (out, " — ");
      append_clause (out, rng, vocab, 3 + pick (rng, 5));
      g_string_append (out, " — ");
      append_clause (out, rng, vocab, 5 + pick (rng, 8));
      g_string_append_printf (out, ", according to %d officials.", 2 + (int)pick (rng, 5));
      break;

    default:
      append_clause (out, rng, vocab, 12 + pick (rng, 18));
      g_string_append_c (out, '.');
      break;
    }

  out->str[start] = g_ascii_toupper (out->str[start]);
}

static void
append_paragraph (GString    *out,
                  BenchRng   *rng,
                  BenchVocab *vocab)
{
  guint n = 1 + pick (rng, 3);

  for (guint i = 0; i < n; i++)
    {
      if (i > 0)
        g_string_append_c (out, ' ');
      append_sentence (out, rng, vocab);
    }
}

static char *
make_title (BenchRng   *rng,
            BenchVocab *vocab)
{
  GString *title = g_string_new (any (rng, vocab->nations));

  g_string_append_c (title, ' ');
  append_clause (title, rng, vocab, 5 + pick (rng, 6));
  return g_string_free (title, FALSE);
}

static char *
make_dateline (BenchRng   *rng,
               BenchVocab *vocab,
               const char *agency)
{
  return g_strdup_printf ("%s, %s %u (%s) — ", any (rng, vocab->places),
                          months[pick (rng, G_N_ELEMENTS (months))], 1 + pick (rng, 28), agency);
}

/* Lines news apps and aggregators wrap around the text. Invented and
 * generic on purpose: the benchmark must not favour any one site. */
static const char *furniture[] = {
  "Sign in to keep reading",
  "Subscribe for full access",
  "Get the app",
  "Share",
  "Advertisement",
  "Read more",
  "Save article",
  "Listen to this story",
};

char *
bench_text_article (BenchRng   *rng,
                    BenchVocab *vocab,
                    gsize       target_bytes)
{
  GString *out = g_string_sized_new (target_bytes + 1024);
  g_autofree char *title = make_title (rng, vocab);
  g_autofree char *dateline = make_dateline (rng, vocab, "Wire Service");
  guint paragraphs = 0;

  g_string_append_printf (out, "%s\n\n", furniture[pick (rng, 3)]);
  g_string_append_printf (out, "%s\n\n", title);
  g_string_append_printf (out, "By %s and %s\n", any (rng, vocab->names), any (rng, vocab->names));
  g_string_append_printf (out, "%s %u, 2024\n\n", months[pick (rng, 12)], 1 + pick (rng, 28));
  g_string_append (out, dateline);

  while (out->len < target_bytes)
    {
      append_paragraph (out, rng, vocab);
      g_string_append (out, "\n\n");
      paragraphs++;
      if (paragraphs % 7 == 3)
        g_string_append_printf (out, "%s\n\n", furniture[pick (rng, G_N_ELEMENTS (furniture))]);
    }

  g_string_append (out, "Share this article\nGet all the stories in one app\n");
  return g_string_free (out, FALSE);
}

static void
append_links (GString    *out,
              BenchRng   *rng,
              BenchVocab *vocab,
              guint       n,
              const char *item_open,
              const char *item_close)
{
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *label = make_title (rng, vocab);

      g_string_append_printf (out, "%s<a href=\"/%s/%s-%u\" class=\"link link--nav\">%s</a>%s\n",
                              item_open, word (rng, vocab), word (rng, vocab),
                              pick (rng, 100000), label, item_close);
    }
}

/* Minified-looking script: a large share of real pages' bytes. */
static void
append_script (GString  *out,
               BenchRng *rng,
               gsize     bytes)
{
  gsize start = out->len;

  g_string_append (out, "<script>(function(w,d){var q=w.__q||[];");
  while (out->len - start < bytes)
    g_string_append_printf (out, "q.push({id:%u,k:\"v%u\",f:function(a){return a&&a.x<%u?a.y:null}});",
                            pick (rng, 99999), pick (rng, 999), pick (rng, 50));
  g_string_append (out, "w.__q=q;})(window,document);</script>\n");
}

char *
bench_html_page (BenchRng   *rng,
                 BenchVocab *vocab,
                 gsize       target_text_bytes)
{
  GString *out = g_string_sized_new (target_text_bytes * 4 + 16384);
  g_autofree char *title = make_title (rng, vocab);
  g_autofree char *dateline = make_dateline (rng, vocab, "Wire Service");
  const char *author = any (rng, vocab->names);
  guint day = 1 + pick (rng, 28);
  gsize text_start;
  guint paragraphs = 0;

  g_string_append (out, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
  g_string_append_printf (out, "<title>%s | The Daily Example</title>\n", title);
  g_string_append_printf (out, "<meta property=\"og:title\" content=\"%s\">\n", title);
  g_string_append (out, "<meta property=\"og:site_name\" content=\"The Daily Example\">\n");
  g_string_append_printf (out, "<meta name=\"author\" content=\"%s\">\n", author);
  g_string_append_printf (out, "<meta property=\"article:published_time\" "
                          "content=\"2024-05-%02uT08:30:00Z\">\n", day);
  g_string_append (out, "<link rel=\"stylesheet\" href=\"/static/main.css\">\n<style>");
  for (guint i = 0; i < 40; i++)
    g_string_append_printf (out, ".c%u{margin:%upx;color:#%06x}", i, pick (rng, 20),
                            (guint)pick (rng, 0xffffff));
  g_string_append (out, "</style>\n");
  g_string_append_printf (out,
                          "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
                          "\"@graph\":[{\"@type\":\"WebSite\",\"name\":\"The Daily Example\"},"
                          "{\"@type\":\"NewsArticle\",\"headline\":\"%s\",\"datePublished\":"
                          "\"2024-05-%02uT08:30:00Z\",\"author\":[{\"@type\":\"Person\",\"name\":\"%s\"}],"
                          "\"publisher\":{\"@type\":\"Organization\",\"name\":\"The Daily Example\"}}]}"
                          "</script>\n",
                          title, day, author);
  append_script (out, rng, 3000 + pick (rng, 4000));
  g_string_append (out, "</head>\n<body class=\"page page--article\">\n");

  g_string_append (out, "<div id=\"cookie-consent\" class=\"banner\"><p>We use cookies to improve "
                   "your experience.</p><button>Accept all</button><button>Settings</button></div>\n");
  g_string_append (out, "<header class=\"site-header\"><a class=\"logo\" href=\"/\">The Daily "
                   "Example</a>\n<nav class=\"main-nav\"><ul>\n");
  append_links (out, rng, vocab, 25, "<li>", "</li>");
  g_string_append (out, "</ul></nav></header>\n");
  g_string_append (out, "<div class=\"ad ad--leaderboard\" data-slot=\"top\"><span>Advertisement"
                   "</span></div>\n<main id=\"content\">\n");

  g_string_append (out, "<article class=\"story\">\n<header class=\"story-header\">");
  g_string_append_printf (out, "<h1 class=\"headline\">%s</h1>\n", title);
  g_string_append_printf (out, "<p class=\"byline\">By <a rel=\"author\" href=\"/by/x\">%s</a> · "
                          "<time datetime=\"2024-05-%02u\">May %u, 2024</time></p></header>\n",
                          author, day, day);
  g_string_append (out, "<div class=\"share-bar\"><a href=\"#\">Share</a> <a href=\"#\">Post</a> "
                   "<a href=\"#\">Email</a></div>\n<div class=\"story-body\">\n");

  text_start = out->len;
  g_string_append_printf (out, "<p>%s", dateline);
  append_paragraph (out, rng, vocab);
  g_string_append (out, "</p>\n");

  while (out->len - text_start < target_text_bytes)
    {
      guint kind = pick (rng, 14);

      if (kind == 0)
        {
          g_autofree char *heading = make_title (rng, vocab);

          g_string_append_printf (out, "<h2>%s</h2>\n", heading);
        }
      else if (kind == 1)
        {
          g_string_append (out, "<blockquote><p>");
          append_sentence (out, rng, vocab);
          g_string_append (out, "</p></blockquote>\n");
        }
      else
        {
          g_string_append (out, "<p>");
          append_paragraph (out, rng, vocab);
          g_string_append (out, "</p>\n");
        }

      if (++paragraphs % 6 == 0)
        g_string_append (out, "<div class=\"ad ad--inline\"><span>Advertisement</span>"
                         "<iframe src=\"about:blank\"></iframe></div>\n"
                         "<aside class=\"newsletter\"><p>Get our morning briefing.</p>"
                         "<form><input type=\"email\"><button>Sign up</button></form></aside>\n");
    }

  g_string_append (out, "</div>\n</article>\n<aside class=\"related\"><h3>More stories</h3><ul>\n");
  append_links (out, rng, vocab, 8, "<li>", "</li>");
  g_string_append (out, "</ul></aside>\n<section class=\"comments\"><h3>Comments</h3>\n");
  for (guint i = 0; i < 3; i++)
    {
      g_string_append_printf (out, "<div class=\"comment\"><span class=\"user\">%s</span><p>",
                              any (rng, vocab->names));
      append_sentence (out, rng, vocab);
      g_string_append (out, "</p></div>\n");
    }
  g_string_append (out, "</section>\n</main>\n<footer class=\"site-footer\"><ul>\n");
  append_links (out, rng, vocab, 15, "<li>", "</li>");
  g_string_append (out, "</ul><p>© 2024 The Daily Example. All rights reserved.</p></footer>\n");
  append_script (out, rng, 2000 + pick (rng, 3000));
  g_string_append (out, "</body>\n</html>\n");

  return g_string_free (out, FALSE);
}
