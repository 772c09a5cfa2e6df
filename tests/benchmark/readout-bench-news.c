/* readout-bench-news.c
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * English news text for the analysis benchmark. The import corpus is made
 * of invented words, which the attribution engine would mostly skip; this
 * generator writes the sentence shapes the engine looks for (quotes, cues,
 * reported speech, stances, pronouns, titles and appositions), so the
 * benchmark exercises every stage. Names of people are invented from
 * syllables; countries, capitals and institutions are plain facts. All of
 * it comes from the fixed-seed PRNG of readout-bench-corpus.c.
 */

#include "config.h"

#include <string.h>

#include "readout-bench-news.h"

#define pick bench_rng_next
#define ANY(rng, array) ((array)[pick ((rng), G_N_ELEMENTS (array))])

typedef struct
{
  const char *name;        /* as a subject: "Russia", "The U.S." */
  const char *demonym;     /* "Russian" */
  const char *capital;     /* "Moscow" */
  const char *institution; /* "The Kremlin" */
} Country;

static const Country countries[] = {
  { "Russia", "Russian", "Moscow", "The Kremlin" },
  { "The United States", "U.S.", "Washington", "The State Department" },
  { "Ukraine", "Ukrainian", "Kyiv", "The Ukrainian Foreign Ministry" },
  { "China", "Chinese", "Beijing", "The Chinese Foreign Ministry" },
  { "France", "French", "Paris", "The Élysée" },
  { "Germany", "German", "Berlin", "The German Chancellery" },
  { "Britain", "British", "London", "Downing Street" },
  { "Japan", "Japanese", "Tokyo", "The Japanese Foreign Ministry" },
  { "India", "Indian", "New Delhi", "The Indian External Affairs Ministry" },
  { "Brazil", "Brazilian", "Brasília", "The Brazilian Foreign Ministry" },
  { "Turkey", "Turkish", "Ankara", "The Turkish Foreign Ministry" },
  { "Iran", "Iranian", "Tehran", "The Iranian Foreign Ministry" },
  { "Poland", "Polish", "Warsaw", "The Polish Foreign Ministry" },
  { "South Africa", "South African", "Pretoria", "The South African Presidency" },
  { "Mexico", "Mexican", "Mexico City", "The Mexican Foreign Ministry" },
  { "Egypt", "Egyptian", "Cairo", "The Egyptian Foreign Ministry" },
};

static const char *organisations[] = {
  "NATO", "the European Union", "the United Nations", "the OSCE", "the IAEA", "the African Union",
};

static const char *roles[] = {
  "Foreign Minister", "Deputy Foreign Minister", "Defence Minister", "Prime Minister",
  "President", "Ambassador", "Trade Minister", "Energy Minister", "National Security Adviser",
};

static const char *role_nouns[] = {
  "the minister", "the spokeswoman", "the spokesman", "the ambassador", "the envoy", "the official",
};

static const char *speech_cues[] = {
  "said", "added", "told reporters", "warned", "stressed", "noted", "insisted", "argued",
  "acknowledged", "said in a statement", "told a news conference", "wrote on social media",
};

static const char *report_cues[] = {
  "said", "added", "told reporters", "warned", "stressed", "noted", "insisted", "argued",
  "acknowledged", "believes", "suggested", "repeated", "claimed", "made clear",
};

static const char *stance_verbs[] = {
  "has rejected", "has dismissed", "has welcomed", "has condemned", "is insisting on",
  "has called for", "has threatened", "has offered", "has refused", "has ruled out",
  "continues to demand", "has repeatedly denied", "has played down", "has pledged",
};

static const char *objects[] = {
  "the proposal", "legally binding security guarantees", "the ceasefire plan", "new sanctions",
  "the grain corridor agreement", "a fresh round of talks", "the draft resolution",
  "the deployment of additional troops", "the accusations", "the pipeline deal",
  "an international inquiry", "the export restrictions", "the peace framework",
  "the nuclear inspections", "further military aid", "the humanitarian pause",
};

static const char *subjects[] = {
  "the talks", "the negotiations", "the sanctions", "the agreement", "the government",
  "the border", "the delegation", "the summit", "the allies", "the troops", "the inspectors",
  "the region", "the economy", "the new rules", "the alliance", "energy prices",
  "the shipments", "the coalition", "the opposition", "the committee",
};

static const char *predicates[] = {
  "would continue next week", "could collapse without a compromise", "remained possible",
  "were not acceptable", "had made real progress", "must be respected by all sides",
  "would not change the situation on the ground", "was a matter of national security",
  "had been discussed at length", "would be reviewed in the spring",
  "should not be used as a bargaining chip", "was moving in the right direction",
  "posed no threat to its neighbours", "needed more time", "had failed to deliver results",
  "would be decided by the parliament", "were part of a wider plan",
  "could not be ruled out", "had been agreed in principle", "was still under review",
};

static const char *adverbials[] = {
  "", "", "", " on Monday", " on Tuesday", " on Wednesday", " on Thursday", " on Friday",
  " at the weekend", " in Geneva", " in Vienna", " after a four-hour meeting",
  " in an interview", " late on Sunday", " earlier this month",
};

/* Around a number, so no format string comes from an array. */
static const char *narration[][2] = {
  { "The meeting lasted more than ", " hours and ended without a joint statement." },
  { "About ", ",000 people have been displaced since the fighting began, according to aid groups." },
  { "Trade between the two countries fell by ", " percent last year." },
  { "The talks are round ", " since the crisis began in the spring." },
  { "Officials from both sides met for ", " hours at a hotel near the lake." },
  { "Markets fell ", " percent in early trading before recovering some of the losses." },
  { "The delegation arrived on a government plane shortly after ", " p.m." },
  { "Satellite images taken last week showed ", " new tents near the border." },
};

static const char *quotes[] = {
  "We will not be intimidated", "We are ready to talk, but not under pressure",
  "This is not a question of trust, it’s a question of facts",
  "Nobody wants a war, and we don’t believe one is coming",
  "There is still room for diplomacy", "Our position has not changed",
  "We have made our red lines very clear", "The door to dialogue remains open",
  "These accusations are absurd", "We expect concrete answers, not slogans",
  "It’s too early to say whether the talks have failed",
  "We will respond in kind if they go ahead", "Nothing is agreed until everything is agreed",
  "We are not going to negotiate in public", "That is simply unacceptable",
};

static const char *consonants[] = {
  "b", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br", "st", "ch",
};
static const char *vowels[] = { "a", "e", "i", "o", "u", "ai", "ou", "é", "á", "ö" };

typedef struct
{
  char *given;
  char *family;
  const Country *country;
  const char *role;
  gboolean female;
  gboolean introduced;
} Person;

static char *
make_name (BenchRng *rng,
           guint     syllables)
{
  GString *name = g_string_new (NULL);

  for (guint i = 0; i < syllables; i++)
    {
      g_string_append (name, ANY (rng, consonants));
      g_string_append (name, ANY (rng, vowels));
    }
  if (pick (rng, 2) == 0)
    g_string_append (name, ANY (rng, consonants));
  name->str[0] = g_ascii_toupper (name->str[0]);
  return g_string_free (name, FALSE);
}

static void
append_capitalised (GString    *out,
                    const char *text)
{
  gsize at = out->len;

  g_string_append (out, text);
  out->str[at] = g_ascii_toupper (out->str[at]);
}

static void
append_clause (GString  *out,
               BenchRng *rng)
{
  g_string_append_printf (out, "%s %s", ANY (rng, subjects), ANY (rng, predicates));
  if (pick (rng, 3) == 0)
    g_string_append_printf (out, " and %s %s", ANY (rng, subjects), ANY (rng, predicates));
}

static const char *
pronoun (const Person *p)
{
  return p->female ? "she" : "he";
}

/* The first mention of a person is full ("Russian Deputy Foreign
 * Minister Sergei Ryabkov" or an apposition); later ones are the family
 * name, a pronoun or a role noun, as in wire copy. */
static void
append_subject (GString  *out,
                BenchRng *rng,
                Person   *p,
                gboolean  sentence_start,
                gboolean  apposition)
{
  gsize at = out->len;

  if (!p->introduced)
    {
      if (!apposition || pick (rng, 2) == 0)
        g_string_append_printf (out, "%s %s %s %s", p->country->demonym, p->role, p->given, p->family);
      else if (g_str_has_prefix (p->country->name, "The "))
        g_string_append_printf (out, "%s %s, the %s %s,", p->given, p->family,
                                p->country->demonym, p->role);
      else
        g_string_append_printf (out, "%s %s, %s's %s,", p->given, p->family,
                                p->country->name, p->role);
      p->introduced = TRUE;
    }
  else
    {
      guint r = pick (rng, 5);

      if (r < 2)
        g_string_append (out, p->family);
      else if (r < 4)
        g_string_append (out, pronoun (p));
      else
        g_string_append (out, ANY (rng, role_nouns));
    }
  if (sentence_start)
    out->str[at] = g_ascii_toupper (out->str[at]);
}

static void
append_quote (GString  *out,
              BenchRng *rng,
              gboolean  straight,
              gboolean  close_with_comma)
{
  const char *open = straight ? "\"" : "“";
  const char *close = straight ? "\"" : "”";

  g_string_append (out, open);
  g_string_append (out, ANY (rng, quotes));
  if (pick (rng, 2) == 0)
    {
      g_string_append (out, ". ");
      append_capitalised (out, ANY (rng, subjects));
      g_string_append_printf (out, " %s", ANY (rng, predicates));
    }
  g_string_append (out, close_with_comma ? "," : ".");
  g_string_append (out, close);
}

static void
append_sentence (GString  *out,
                 BenchRng *rng,
                 Person   *people,
                 guint     n_people)
{
  Person *p = &people[pick (rng, n_people)];
  const Country *c = &countries[pick (rng, G_N_ELEMENTS (countries))];
  gboolean straight = pick (rng, 3) == 0;

  switch (pick (rng, 14))
    {
    case 0: /* "…," Smith said. */
    case 1:
      append_quote (out, rng, straight, TRUE);
      g_string_append_c (out, ' ');
      if (p->introduced && pick (rng, 3) == 0)
        {
          g_string_append_printf (out, "%s %s", pick (rng, 2) ? "said" : "added", p->family);
        }
      else
        {
          append_subject (out, rng, p, FALSE, TRUE);
          g_string_append_printf (out, " %s", ANY (rng, speech_cues));
        }
      g_string_append_printf (out, "%s.", ANY (rng, adverbials));
      break;

    case 2: /* split quote */
      g_string_append (out, straight ? "\"" : "“");
      g_string_append (out, ANY (rng, quotes));
      g_string_append (out, straight ? ",\" " : ",” ");
      append_subject (out, rng, p, FALSE, TRUE);
      g_string_append (out, " added, ");
      g_string_append (out, straight ? "\"and " : "“and ");
      append_clause (out, rng);
      g_string_append (out, straight ? ".\"" : ".”");
      break;

    case 3: /* colon introduction */
      append_subject (out, rng, p, TRUE, TRUE);
      g_string_append (out, " struck a cautious note: ");
      append_quote (out, rng, straight, FALSE);
      break;

    case 4: /* reported speech */
    case 5:
      append_subject (out, rng, p, TRUE, TRUE);
      g_string_append_printf (out, " %s%s that ", ANY (rng, report_cues), ANY (rng, adverbials));
      append_clause (out, rng);
      g_string_append_c (out, '.');
      break;

    case 6: /* According to … */
      g_string_append (out, "According to ");
      append_subject (out, rng, p, FALSE, FALSE);
      g_string_append (out, ", ");
      append_clause (out, rng);
      g_string_append_c (out, '.');
      break;

    case 7: /* stance of a country, capital or institution */
      {
        guint r = pick (rng, 3);

        g_string_append (out, r == 0 ? c->name : r == 1 ? c->capital : c->institution);
        g_string_append_printf (out, " %s %s", ANY (rng, stance_verbs), ANY (rng, objects));
        if (pick (rng, 2) == 0)
          {
            g_string_append (out, ", saying ");
            append_clause (out, rng);
          }
        g_string_append_c (out, '.');
      }
      break;

    case 8: /* organisation stance */
      append_capitalised (out, ANY (rng, organisations));
      g_string_append_printf (out, " %s %s.", ANY (rng, stance_verbs), ANY (rng, objects));
      break;

    case 9: /* anonymous source */
      g_string_append_printf (out, "A senior %s diplomat, who asked not to be named because the talks "
                              "were private, said ", c->demonym);
      append_clause (out, rng);
      g_string_append_c (out, '.');
      break;

    case 10: /* quoted phrase inside reported speech */
      append_subject (out, rng, p, TRUE, TRUE);
      g_string_append_printf (out, " called %s “frank and useful” and said %s “%s”.",
                              ANY (rng, objects), ANY (rng, subjects), ANY (rng, predicates));
      break;

    case 11: /* floating quote */
      append_quote (out, rng, straight, FALSE);
      break;

    default: /* narration */
      {
        guint i = pick (rng, G_N_ELEMENTS (narration));

        g_string_append_printf (out, "%s%u%s", narration[i][0], 2 + pick (rng, 40), narration[i][1]);
      }
      break;
    }
}

char *
bench_news_article (BenchRng *rng,
                    gsize     target_bytes)
{
  GString *out = g_string_sized_new (target_bytes + 1024);
  Person people[4] = { { 0 } };
  guint n_people = 2 + pick (rng, 3);
  const Country *home = &countries[pick (rng, G_N_ELEMENTS (countries))];

  for (guint i = 0; i < n_people; i++)
    {
      people[i].given = make_name (rng, 2);
      people[i].family = make_name (rng, 2 + pick (rng, 2));
      people[i].country = &countries[pick (rng, G_N_ELEMENTS (countries))];
      people[i].role = ANY (rng, roles);
      people[i].female = pick (rng, 2);
      people[i].introduced = FALSE;
    }

  g_string_append_printf (out, "%s and %s trade warnings as talks stall\n\n",
                          people[0].country->name, people[1].country->capital);
  g_string_append_printf (out, "By %s %s\n\n", people[0].given, people[1].family);
  g_string_append_printf (out, "%s (Wire Service) — ", home->capital);

  while (out->len < target_bytes)
    {
      guint n = 1 + pick (rng, 3);

      for (guint i = 0; i < n; i++)
        {
          if (i > 0)
            g_string_append_c (out, ' ');
          append_sentence (out, rng, people, n_people);
        }
      g_string_append (out, "\n\n");
    }

  for (guint i = 0; i < n_people; i++)
    {
      g_free (people[i].given);
      g_free (people[i].family);
    }
  return g_string_free (out, FALSE);
}

/* Lower-case words with the odd name and cue verb, for the hostile
 * inputs. */
static void
append_plain_word (GString  *out,
                   BenchRng *rng,
                   char    **names,
                   guint     n_names)
{
  static const char *words[] = {
    "the", "talks", "would", "continue", "next", "week", "and", "government", "sanctions",
    "of", "to", "in", "on", "border", "troops", "agreement", "minister", "officials", "that",
    "Russia", "Ukraine", "Washington", "Moscow", "French", "German", "he", "she", "they",
  };
  guint r = pick (rng, 20);

  if (r == 0)
    g_string_append (out, names[pick (rng, n_names)]);
  else if (r == 1)
    g_string_append (out, ANY (rng, report_cues));
  else
    g_string_append (out, ANY (rng, words));
}

static char **
make_names (BenchRng *rng,
            guint     n)
{
  char **names = g_new0 (char *, n + 1);

  for (guint i = 0; i < n; i++)
    names[i] = make_name (rng, 2 + pick (rng, 2));
  return names;
}

char *
bench_news_no_punctuation (BenchRng *rng,
                           gsize     target_bytes)
{
  GString *out = g_string_sized_new (target_bytes + 64);
  g_auto(GStrv) names = make_names (rng, 50);

  while (out->len < target_bytes)
    {
      if (out->len > 0)
        g_string_append_c (out, ' ');
      append_plain_word (out, rng, names, 50);
    }
  return g_string_free (out, FALSE);
}

char *
bench_news_quote_marks (BenchRng *rng,
                        gsize     target_bytes,
                        guint    *n_marks)
{
  static const char *marks[] = { "“", "“", "\"", "\"", "”", "«" };
  GString *out = g_string_sized_new (target_bytes + 64);
  g_auto(GStrv) names = make_names (rng, 50);
  guint words = 0;

  *n_marks = 0;
  while (out->len < target_bytes)
    {
      if (out->len > 0)
        g_string_append_c (out, ' ');
      if (words++ % 2 == 0)
        {
          g_string_append (out, ANY (rng, marks));
          (*n_marks)++;
        }
      append_plain_word (out, rng, names, 50);
      if (pick (rng, 8) == 0)
        g_string_append (out, pick (rng, 2) ? "," : ".");
    }
  return g_string_free (out, FALSE);
}

char *
bench_news_long_sentence (BenchRng *rng,
                          gsize     target_bytes,
                          guint    *n_words)
{
  GString *out = g_string_sized_new (target_bytes + 64);
  g_auto(GStrv) names = make_names (rng, 50);

  *n_words = 0;
  g_string_append (out, "Officials");
  while (out->len < target_bytes)
    {
      guint r = pick (rng, 10);

      g_string_append (out, r == 0 ? ", " : r == 1 ? " and " : " ");
      append_plain_word (out, rng, names, 50);
      (*n_words)++;
    }
  g_string_append_c (out, '.');
  return g_string_free (out, FALSE);
}

char *
bench_news_cue_chain (BenchRng *rng,
                      gsize     target_bytes)
{
  GString *out = g_string_sized_new (target_bytes + 64);
  g_auto(GStrv) names = make_names (rng, 200);

  while (out->len < target_bytes)
    {
      if (out->len > 0)
        g_string_append_c (out, ' ');
      g_string_append_printf (out, "%s %s", names[pick (rng, 200)], ANY (rng, report_cues));
    }
  return g_string_free (out, FALSE);
}
