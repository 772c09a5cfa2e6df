/* readout-boilerplate.c
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Furniture is recognised by what it is, not by a list of one site's
 * phrases: short lines without sentence punctuation, lines that address the
 * reader ("you", "your") in a site's voice ("we", "our"), imperative calls
 * to action at the start of a sentence ("Sign in", "Download…"), the small
 * vocabulary of subscriptions and advertising, marketing quantities
 * ("100+"), separators of navigation bars, and lines repeated in the file.
 * Reported speech ("said", "told") and long sentences count against it.
 * Words inside quotation marks are not scored: a quoted official saying
 * "you" is not the site talking.
 */

#include "config.h"

#include <string.h>

#include "readout-boilerplate-private.h"

enum
{
  W_CTA          = 1 << 0,  /* imperative verbs of calls to action */
  W_CTA_OBJECT   = 1 << 1,  /* what follows them: "more", "here", "this", "up" */
  W_YOU          = 1 << 2,
  W_WE           = 1 << 3,
  W_PROMO        = 1 << 4,  /* subscription and app vocabulary */
  W_PROMO_STRONG = 1 << 5,  /* advertising, cookies, copyright */
  W_REPORT       = 1 << 6,  /* verbs of reported speech */
  W_SIGN         = 1 << 7,  /* "sign"/"log" of "sign in", "log in" */
  W_IN_UP        = 1 << 8,
  W_RIGHTS       = 1 << 9,
  W_RESERVED     = 1 << 10,
  W_LEGAL        = 1 << 11, /* "copyright" */
  W_FUNCTION     = 1 << 12, /* the words title case leaves in lower case */
};

static const struct { const char *word; guint flags; } vocabulary[] = {
  /* calls to action */
  { "accept", W_CTA }, { "activate", W_CTA }, { "advertise", W_CTA | W_PROMO },
  { "allow", W_CTA }, { "become", W_CTA }, { "claim", W_CTA }, { "click", W_CTA },
  { "close", W_CTA }, { "comment", W_CTA }, { "continue", W_CTA }, { "create", W_CTA },
  { "discover", W_CTA }, { "dismiss", W_CTA }, { "donate", W_CTA },
  { "download", W_CTA | W_PROMO }, { "email", W_CTA }, { "enable", W_CTA },
  { "explore", W_CTA }, { "follow", W_CTA }, { "get", W_CTA }, { "go", W_CTA },
  { "install", W_CTA }, { "join", W_CTA }, { "learn", W_CTA }, { "listen", W_CTA },
  { "load", W_CTA }, { "log", W_CTA | W_SIGN }, { "manage", W_CTA }, { "print", W_CTA },
  { "read", W_CTA }, { "register", W_CTA | W_PROMO }, { "reject", W_CTA },
  { "reply", W_CTA }, { "save", W_CTA }, { "scroll", W_CTA }, { "share", W_CTA },
  { "show", W_CTA }, { "sign", W_CTA | W_SIGN }, { "skip", W_CTA }, { "start", W_CTA },
  { "subscribe", W_CTA | W_PROMO_STRONG }, { "swipe", W_CTA }, { "tap", W_CTA },
  { "try", W_CTA }, { "unlock", W_CTA }, { "upgrade", W_CTA | W_PROMO },
  { "view", W_CTA }, { "visit", W_CTA }, { "watch", W_CTA },
  /* what calls to action act on */
  { "all", W_CTA_OBJECT }, { "below", W_CTA_OBJECT }, { "full", W_CTA_OBJECT },
  { "here", W_CTA_OBJECT }, { "listening", W_CTA_OBJECT }, { "more", W_CTA_OBJECT },
  { "next", W_CTA_OBJECT }, { "now", W_CTA_OBJECT }, { "reading", W_CTA_OBJECT },
  { "this", W_CTA_OBJECT }, { "today", W_CTA_OBJECT }, { "watching", W_CTA_OBJECT },
  { "in", W_CTA_OBJECT | W_IN_UP | W_FUNCTION }, { "up", W_CTA_OBJECT | W_IN_UP },
  { "out", W_IN_UP },
  /* lower case in title-case headlines */
  { "a", W_FUNCTION }, { "an", W_FUNCTION }, { "and", W_FUNCTION }, { "as", W_FUNCTION },
  { "at", W_FUNCTION }, { "but", W_FUNCTION }, { "by", W_FUNCTION }, { "for", W_FUNCTION },
  { "from", W_FUNCTION }, { "into", W_FUNCTION }, { "nor", W_FUNCTION }, { "of", W_FUNCTION },
  { "on", W_FUNCTION }, { "or", W_FUNCTION }, { "the", W_FUNCTION }, { "to", W_FUNCTION },
  { "via", W_FUNCTION }, { "vs", W_FUNCTION }, { "with", W_FUNCTION },
  /* the reader and the site */
  { "you", W_YOU }, { "your", W_YOU | W_CTA_OBJECT }, { "yours", W_YOU },
  { "yourself", W_YOU }, { "we", W_WE }, { "our", W_WE | W_CTA_OBJECT },
  { "us", W_WE | W_CTA_OBJECT },
  /* subscriptions, apps, advertising */
  { "account", W_PROMO }, { "ad", W_PROMO }, { "ads", W_PROMO },
  { "advertisement", W_PROMO_STRONG }, { "advertising", W_PROMO_STRONG },
  { "app", W_PROMO }, { "apps", W_PROMO }, { "cookie", W_PROMO_STRONG },
  { "cookies", W_PROMO_STRONG }, { "copyright", W_LEGAL }, { "curated", W_PROMO },
  { "free", W_PROMO }, { "inbox", W_PROMO }, { "login", W_PROMO }, { "member", W_PROMO },
  { "members", W_PROMO }, { "membership", W_PROMO }, { "newsletter", W_PROMO_STRONG },
  { "newsletters", W_PROMO_STRONG }, { "notifications", W_PROMO }, { "paywall", W_PROMO_STRONG },
  { "picks", W_PROMO }, { "premium", W_PROMO }, { "privacy", W_PROMO },
  { "recommended", W_PROMO }, { "related", W_PROMO }, { "signup", W_PROMO },
  { "sponsored", W_PROMO_STRONG }, { "subscriber", W_PROMO_STRONG },
  { "subscribers", W_PROMO_STRONG }, { "subscription", W_PROMO_STRONG },
  { "subscriptions", W_PROMO_STRONG }, { "trending", W_PROMO }, { "trial", W_PROMO },
  { "unlimited", W_PROMO }, { "rights", W_RIGHTS }, { "reserved", W_RESERVED },
  /* reported speech: running text, not furniture */
  { "according", W_REPORT }, { "added", W_REPORT }, { "announced", W_REPORT },
  { "argued", W_REPORT }, { "asked", W_REPORT }, { "claimed", W_REPORT },
  { "declared", W_REPORT }, { "explained", W_REPORT }, { "insisted", W_REPORT },
  { "noted", W_REPORT }, { "replied", W_REPORT }, { "reported", W_REPORT },
  { "said", W_REPORT }, { "says", W_REPORT }, { "stated", W_REPORT }, { "told", W_REPORT },
  { "warned", W_REPORT }, { "wrote", W_REPORT },
};

#define MAX_WORD_LEN 15

/* Which first letters the vocabulary has for each word length: most words
 * of running text are rejected by this before any hashing. */
static guint32 first_letters[MAX_WORD_LEN + 1];
static guint32 last_letters[MAX_WORD_LEN + 1];

static GHashTable *
get_vocabulary (void)
{
  static GHashTable *table;
  static gsize initialized;

  if (g_once_init_enter (&initialized))
    {
      table = g_hash_table_new (g_str_hash, g_str_equal);
      for (guint i = 0; i < G_N_ELEMENTS (vocabulary); i++)
        {
          gsize len = strlen (vocabulary[i].word);

          g_assert (len <= MAX_WORD_LEN);
          first_letters[len] |= 1u << (vocabulary[i].word[0] - 'a');
          last_letters[len] |= 1u << (vocabulary[i].word[len - 1] - 'a');
          g_hash_table_insert (table, (gpointer)vocabulary[i].word,
                               GUINT_TO_POINTER (vocabulary[i].flags));
        }
      g_once_init_leave (&initialized, 1);
    }

  return table;
}

static inline gboolean
is_space (guchar c)
{
  return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
}

/* Punctuation that may open a word: ( [ " ' and the curly quotes. Returns
 * its length in bytes, or 0. */
static gsize
leading_punct (const guchar *p,
               const guchar *end)
{
  if (p >= end)
    return 0;
  switch (*p)
    {
    case '(': case '[': case '"': case '\'': case '*':
      return 1;
    default:
      break;
    }
  /* ‘ “ (E2 80 98/9C), — (E2 80 94) */
  if (end - p >= 3 && p[0] == 0xe2 && p[1] == 0x80 &&
      (p[2] == 0x98 || p[2] == 0x9c || p[2] == 0x94))
    return 3;
  return 0;
}

/* Same for the end of a word: . , ; : ! ? ) ] " ' ’ ” … */
static gsize
trailing_punct (const guchar *start,
                const guchar *p)
{
  if (p <= start)
    return 0;
  switch (p[-1])
    {
    case '.': case ',': case ';': case ':': case '!': case '?': case ')': case ']':
    case '"': case '\'':
      return 1;
    default:
      break;
    }
  if (p - start >= 3 && p[-3] == 0xe2 && p[-2] == 0x80 &&
      (p[-1] == 0x99 || p[-1] == 0x9d || p[-1] == 0xa6))
    return 3;
  return 0;
}

/* "100+", "100M's", "10k+", "1,000s": quantities that sell, not report. */
static gboolean
is_marketing_quantity (const guchar *p,
                       const guchar *end)
{
  const guchar *q = p;
  guint digits = 0;
  gboolean comma = FALSE;

  while (q < end && (g_ascii_isdigit (*q) || *q == ',' || *q == '.'))
    {
      digits += g_ascii_isdigit (*q);
      comma |= *q == ',';
      q++;
    }
  if (q == p || q == end)
    return FALSE;
  if (*q == '+')
    return TRUE;
  /* "100's", "1,000s" (hundreds, thousands), but not decades ("1990s",
   * "2000s"): a round number that is no year. */
  if (q - p >= 3 && q[-1] == '0' && q[-2] == '0' && (comma || digits != 4 || (*p != '1' && *p != '2')))
    {
      if (*q == 's' && q + 1 == end)
        return TRUE;
      if (*q == '\'' && q + 2 == end && q[1] == 's')
        return TRUE;
      if (end - q == 4 && q[0] == 0xe2 && q[1] == 0x80 && q[2] == 0x99 && q[3] == 's')
        return TRUE;
    }
  if (*q == 'K' || *q == 'k' || *q == 'M')
    {
      q++;
      if (q < end && *q == '+')
        return TRUE;
      if (q < end && *q == '\'' && q + 1 < end && q[1] == 's')
        return TRUE;
      if (end - q >= 4 && q[0] == 0xe2 && q[1] == 0x80 && q[2] == 0x99 && q[3] == 's')
        return TRUE;
    }
  return FALSE;
}

/* A speaker label in capitals followed by a colon ("MR. PRICE:"). */
gboolean
_readout_has_transcript_label (const guchar *p,
                      const guchar *end)
{
  guint letters = 0, words = 1;

  for (const guchar *q = p; q < end && q - p < 48; q++)
    {
      if (*q == ':')
        return letters >= 2 && words <= 4 && (q + 1 == end || is_space (q[1]));
      if (*q >= 'A' && *q <= 'Z')
        letters++;
      else if (*q == ' ')
        words++;
      else if (*q != '.' && *q != '\'' && *q != '-')
        return FALSE;
    }

  return FALSE;
}

gboolean
_readout_has_bullet (const guchar *p,
                     const guchar *end)
{
  return ((*p == '-' || *p == '*') && end - p > 1 && p[1] == ' ') ||
         (end - p > 3 && p[0] == 0xe2 && p[1] == 0x80 && p[2] == 0xa2 && p[3] == ' ');
}

static gboolean
ends_with_sentence_punct (const guchar *start,
                          const guchar *end)
{
  const guchar *p = end;

  /* Step back over closing quotes, brackets and spaces. */
  while (p > start)
    {
      if (is_space (p[-1]) || p[-1] == '"' || p[-1] == '\'' || p[-1] == ')' || p[-1] == ']')
        p--;
      else if (p - start >= 3 && p[-3] == 0xe2 && p[-2] == 0x80 &&
               (p[-1] == 0x99 || p[-1] == 0x9d))
        p -= 3;
      else if (p - start >= 2 && p[-2] == 0xc2 && p[-1] == 0xbb) /* » */
        p -= 2;
      else
        break;
    }

  if (p == start)
    return FALSE;
  if (p[-1] == '.' || p[-1] == '!' || p[-1] == '?' || p[-1] == ':')
    return TRUE;
  return p - start >= 3 && p[-3] == 0xe2 && p[-2] == 0x80 && p[-1] == 0xa6;
}

static gboolean
has_prefix (const guchar *p,
            const guchar *end,
            const char   *prefix)
{
  gsize n = strlen (prefix);

  return (gsize)(end - p) >= n && g_ascii_strncasecmp ((const char *)p, prefix, n) == 0;
}

/* Looks the word up when it is short and plain ASCII, cutting at an
 * apostrophe so "you're" and "you’ll" count as "you". */
static guint
word_flags (GHashTable   *table,
            const guchar *p,
            const guchar *end)
{
  char buf[MAX_WORD_LEN + 1];
  gsize n = 0;

  for (; p < end; p++)
    {
      if (*p == '\'' || *p == 0xe2)
        break;
      if (!g_ascii_isalpha (*p) || n >= MAX_WORD_LEN)
        return 0;
      buf[n++] = *p | 0x20;
    }
  if (n == 0 || !(first_letters[n] & (1u << (buf[0] - 'a'))) ||
      !(last_letters[n] & (1u << (buf[n - 1] - 'a'))))
    return 0;
  buf[n] = '\0';

  return GPOINTER_TO_UINT (g_hash_table_lookup (table, buf));
}

static void
count_words (const guchar    *p,
             const guchar    *end,
             ReadoutLineInfo *info)
{
  gboolean in_word = FALSE;
  gboolean classified = FALSE;

  for (; p < end; p++)
    {
      guchar c = *p;

      if (is_space (c))
        {
          in_word = FALSE;
          continue;
        }
      if (!in_word)
        {
          in_word = TRUE;
          classified = FALSE;
          info->n_words++;
        }
      /* The first letter after any opening quotes or brackets. */
      if (!classified && (g_ascii_isalnum (c) || c >= 0xc3))
        {
          classified = TRUE;
          if (g_ascii_isupper (c))
            info->n_upper++;
          else if (g_ascii_islower (c))
            info->n_lower++;
        }
    }
}

void
_readout_line_analyze (const char      *text,
                       gsize            len,
                       guint            n_repeats,
                       ReadoutLineInfo *info)
{
  const guchar *p = (const guchar *)text;
  const guchar *end = p + len;
  gboolean in_quote = FALSE;
  gboolean sentence_start = TRUE;
  gboolean check_words;
  GHashTable *vocabulary_table = get_vocabulary ();
  guint prev_flags = 0;
  guint cta = 0, cta_object = 0, you = 0, we = 0, promo = 0;
  guint report = 0, quantity = 0, separators = 0, urls = 0, legal = 0;
  int score = 0;

  memset (info, 0, sizeof *info);

  while (p < end && is_space (*p))
    p++;
  while (end > p && is_space (end[-1]))
    end--;
  if (p == end)
    return;

  info->ends_sentence = ends_with_sentence_punct (p, end);
  info->transcript = _readout_has_transcript_label (p, end);
  info->bullet = _readout_has_bullet (p, end);

  /* Long paragraphs are running text whatever their words: counting the
   * words and their case is all they need, which keeps big files cheap. */
  check_words = len <= 320;
  if (!check_words && !info->transcript)
    {
      /* The opening words tell running text from anything else; counting
       * them and scaling to the length keeps this independent of the
       * paragraph's size. */
      gsize sample = MIN ((gsize)(end - p), 512);

      count_words (p, p + sample, info);
      if (sample < (gsize)(end - p))
        {
          double scale = (double)(end - p) / sample;

          info->n_words = (guint)(info->n_words * scale);
          info->n_lower = (guint)(info->n_lower * scale);
          info->n_upper = (guint)(info->n_upper * scale);
        }
      info->furniture = info->n_words >= 25 ? -2 : info->ends_sentence ? -1 : 0;
      return;
    }

  while (p < end)
    {
      const guchar *ws, *we_, *core, *core_end;
      gsize n;
      guint flags = 0;
      gboolean outside, quotes;

      while (p < end && is_space (*p))
        p++;
      if (p == end)
        break;
      ws = p;
      quotes = FALSE;
      while (p < end && !is_space (*p))
        {
          quotes |= *p == '"' || *p == 0xe2;
          p++;
        }
      we_ = p;

      info->n_words++;

      /* Opening punctuation, following the quotation marks in it. */
      core = ws;
      while ((n = leading_punct (core, we_)) > 0)
        {
          if (*core == '"')
            in_quote = !in_quote;
          else if (n == 3 && core[2] == 0x9c)
            in_quote = TRUE;
          core += n;
        }
      outside = !in_quote;

      core_end = we_;
      while (core_end > core && (n = trailing_punct (core, core_end)) > 0)
        core_end -= n;

      for (const guchar *q = core; quotes && q < we_; q++)
        {
          if (*q == '"')
            in_quote = !in_quote;
          else if (*q == 0xe2 && we_ - q >= 3 && q[1] == 0x80 && q[2] == 0x9d)
            in_quote = FALSE;
        }

      if (core < core_end)
        {
          if (g_ascii_isupper (*core))
            info->n_upper++;
          else if (g_ascii_islower (*core))
            info->n_lower++;
          else if (*core >= 0x80)
            {
              gunichar ch = g_utf8_get_char_validated ((const char *)core, core_end - core);

              if (ch != (gunichar)-1 && ch != (gunichar)-2)
                {
                  if (g_unichar_isupper (ch))
                    info->n_upper++;
                  else if (g_unichar_islower (ch))
                    info->n_lower++;
                }
            }
        }

      if (check_words && core < core_end)
        {
          gboolean lower = g_ascii_islower (*core);

          if (g_ascii_isdigit (*core) && is_marketing_quantity (core, core_end))
            quantity++;
          else if (core_end - core == 1 && (*core == '|' || *core == '/'))
            separators++;
          else if (core_end - core == 2 && core[0] == 0xc2 && (core[1] == 0xb7 || core[1] == 0xa9))
            {
              if (core[1] == 0xb7) /* · */
                separators++;
              else /* © */
                legal++;
            }
          else if (core_end - core == 3 && core[0] == 0xe2 && core[1] == 0x80 && core[2] == 0xa2)
            separators += info->n_words > 1;
          else if (((*core | 0x20) == 'h' || (*core | 0x20) == 'w') &&
                   (has_prefix (core, core_end, "http://") ||
                    has_prefix (core, core_end, "https://") ||
                    has_prefix (core, core_end, "www.")))
            urls++;
          else
            flags = word_flags (vocabulary_table, core, core_end);

          if (lower && !(flags & W_FUNCTION))
            info->n_content_lower++;

          if (outside)
            {
              if ((flags & W_CTA) && sentence_start && info->n_words <= 15)
                cta++;
              if ((flags & W_CTA_OBJECT) && (prev_flags & W_CTA) && cta > 0)
                cta_object++;
              if (flags & W_YOU)
                you++;
              if (flags & W_WE)
                we++;
              if (flags & W_PROMO)
                promo++;
              if (flags & W_PROMO_STRONG)
                promo += 2;
              if (flags & W_LEGAL)
                legal++;
              if ((flags & W_IN_UP) && (prev_flags & W_SIGN))
                promo++;
              if ((flags & W_RESERVED) && (prev_flags & W_RIGHTS))
                legal++;
              if (flags & W_REPORT)
                report++;
            }
        }

      prev_flags = flags;
      /* "talks." or "talks?”" ends a sentence; "U.S." does not know. */
      sentence_start = FALSE;
      for (const guchar *q = core_end; q < we_; q++)
        sentence_start |= *q == '.' || *q == '!' || *q == '?';
    }

  info->reporting = report > 0;

  if (info->transcript)
    {
      info->furniture = -5;
      return;
    }

  /* "Read more", "Sign up", "Follow us": the verb and what it acts on. An
   * imperative that addresses the reader is a call to action too. */
  score += MIN (cta, 1) + (cta_object > 0 ? 2 : 0);
  score += MIN (you, 1) + (cta > 0 && you > 0);
  score += legal > 0 ? READOUT_FURNITURE_THRESHOLD + 1 : 0;
  score += (we > 0 && you > 0);
  score += MIN (promo, 3);
  score += quantity > 0 ? 2 : 0;
  score += separators >= 2 ? 2 : 0;
  score += (urls > 0 && info->n_words <= 3) ? 2 : 0;
  if (!info->ends_sentence && info->n_words <= 15)
    score++;
  if (info->n_words <= 4)
    score++;
  if (n_repeats >= 2 && info->n_words <= 15)
    score += 2;
  if (report > 0)
    score -= 2;
  if (info->n_words >= 25)
    score -= 2;
  else if (info->n_words >= 8 && info->ends_sentence)
    score -= 1;

  info->furniture = score;
}

gboolean
_readout_line_is_prose (const ReadoutLineInfo *info)
{
  if (info->transcript)
    return info->n_words >= 2;
  if (info->furniture >= READOUT_FURNITURE_THRESHOLD)
    return FALSE;
  /* Headlines in title case have few lower-case words, and those are
   * articles and prepositions; sentences have verbs in lower case. */
  if (info->n_lower * 4 < info->n_words && info->n_content_lower < 2)
    return FALSE;
  if (info->ends_sentence && info->n_words >= 4)
    return TRUE;
  return info->n_words >= 25;
}
