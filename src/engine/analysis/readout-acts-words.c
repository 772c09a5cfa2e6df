/* readout-acts-words.c — the words the speech-act classifier reads
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * About 300 words, each with what it contributes to an act; most are
 * rules with context in readout-acts.c ("no" + "plans", "ready" + "to"),
 * which is why they live in code and not in a data file. An open-address
 * hash table over the lower-cased bytes: one lookup per content word.
 */

#include "config.h"

#include <string.h>

#include "readout-acts-words.h"

#define A(w, act) { w, W_ACT, READOUT_ACT_##act }
#define K(w, kind) { w, kind, 0 }

static const ReadoutActWord words[] = {
  K ("not", W_NEG), K ("never", W_NEG), K ("cannot", W_NEG), K ("nor", W_NEG),
  K ("failed", W_NEG), K ("fail", W_NEG), K ("fails", W_NEG),
  K ("no", W_NO), K ("none", W_NO),
  K ("will", W_FUT), K ("would", W_FUT), K ("shall", W_FUT), K ("won't", W_FUT_NEG),
  K ("won\xe2\x80\x99t", W_FUT_NEG), K ("wouldn't", W_FUT_NEG), K ("wouldn\xe2\x80\x99t", W_FUT_NEG),
  K ("if", W_COND), K ("unless", W_COND),
  K ("must", W_MUST), K ("should", W_MUST), K ("mustn't", W_MUST),
  K ("need", W_NEED), K ("needs", W_NEED),
  K ("plan", W_PLAN), K ("plans", W_PLAN), K ("planning", W_PLAN), K ("intention", W_PLAN),
  K ("intends", W_PLAN), K ("intend", W_PLAN), K ("intent", W_PLAN), K ("planned", W_PLAN),
  K ("going", W_GOING),
  K ("ready", W_READY), K ("willing", W_READY), K ("prepared", W_READY), K ("open", W_READY),
  K ("allow", W_ALLOW), K ("let", W_ALLOW), K ("permit", W_ALLOW), K ("tolerate", W_ALLOW),
  K ("accept", W_ALLOW), K ("countenance", W_ALLOW),
  K ("push", W_PUSH), K ("pushing", W_PUSH), K ("pushed", W_PUSH), K ("pushes", W_PUSH),
  K ("question", W_QUESTION),
  K ("we", W_SELF), K ("i", W_SELF),
  K ("that", W_THAT), K ("it", W_THAT), K ("it's", W_THAT), K ("it\xe2\x80\x99s", W_THAT),
  K ("they", W_THAT), K ("he", W_THAT), K ("she", W_THAT), K ("any", W_ANY),
  K ("early", W_EARLY), K ("premature", W_EARLY),
  K ("but", W_BUT), K ("agreement", W_DEAL), K ("deal", W_DEAL), K ("accord", W_DEAL),
  K ("exercises", W_MOBILIZE), K ("drills", W_MOBILIZE), K ("maneuvers", W_MOBILIZE),
  K ("manoeuvres", W_MOBILIZE), K ("deploy", W_MOBILIZE), K ("deployment", W_MOBILIZE),
  K ("mobilize", W_MOBILIZE), K ("mobilise", W_MOBILIZE), K ("reinforcements", W_MOBILIZE),
  K ("reports", W_THAT), K ("claims", W_THAT), K ("accusations", W_THAT),
  K ("allegations", W_THAT), K ("involvement", W_THAT), K ("responsibility", W_THAT),

  A ("reject", REJECT), A ("rejects", REJECT), A ("rejected", REJECT), A ("rejecting", REJECT),
  A ("refuse", REJECT), A ("refuses", REJECT), A ("refused", REJECT), A ("refusing", REJECT),
  A ("oppose", REJECT), A ("opposes", REJECT), A ("opposed", REJECT), A ("veto", REJECT),
  A ("vetoed", REJECT), A ("unacceptable", REJECT), A ("non-starter", REJECT),
  A ("non-starters", REJECT), A ("unrealistic", REJECT), A ("wrong", REJECT),
  A ("groundless", REJECT), A ("baseless", REJECT), A ("absurd", REJECT), A ("nonsense", REJECT),
  A ("dismiss", REJECT), A ("dismissed", REJECT), A ("dismisses", REJECT),
  A ("accuse", ACCUSE), A ("accuses", ACCUSE), A ("accused", ACCUSE), A ("accusing", ACCUSE),
  A ("blame", ACCUSE), A ("blames", ACCUSE), A ("blamed", ACCUSE), A ("blaming", ACCUSE),
  A ("charging", ACCUSE), A ("charged", ACCUSE), A ("provocation", ACCUSE), A ("provocations", ACCUSE), A ("aggression", ACCUSE),
  A ("violated", ACCUSE), A ("violating", ACCUSE), A ("violation", ACCUSE),
  A ("demand", DEMAND), A ("demands", DEMAND), A ("demanded", DEMAND), A ("demanding", DEMAND),
  A ("insist", DEMAND), A ("insists", DEMAND), A ("insisted", DEMAND), A ("insisting", DEMAND),
  A ("urge", REQUEST), A ("urges", REQUEST), A ("urged", REQUEST), A ("urging", REQUEST),
  A ("appeal", REQUEST), A ("appealed", REQUEST),
  A ("vow", COMMIT), A ("vows", COMMIT), A ("vowed", COMMIT), A ("pledge", COMMIT),
  A ("pledges", COMMIT), A ("pledged", COMMIT), A ("promise", COMMIT), A ("promises", COMMIT),
  A ("promised", COMMIT), A ("committed", COMMIT),
  A ("threaten", THREATEN), A ("threatens", THREATEN), A ("threatened", THREATEN),
  A ("threatening", THREATEN), A ("threat", THREATEN), A ("ultimatum", THREATEN),
  A ("retaliate", THREATEN), A ("retaliation", THREATEN), A ("consequences", THREATEN),
  A ("condemn", PROTEST), A ("condemns", PROTEST), A ("condemned", PROTEST),
  A ("protest", PROTEST), A ("protested", PROTEST), A ("denounce", PROTEST),
  A ("denounced", PROTEST), A ("deplore", PROTEST), A ("deplored", PROTEST),
  A ("agree", AGREE), A ("agrees", AGREE), A ("agreed", AGREE), A ("consensus", AGREE),
  A ("accepted", AGREE),
  A ("deny", DENY), A ("denies", DENY), A ("denied", DENY), A ("denial", DENY),
  A ("offer", OFFER), A ("offers", OFFER), A ("offered", OFFER), A ("propose", OFFER),
  A ("proposes", OFFER), A ("proposed", OFFER),

  K ("optimistic", W_OPTIMISM), K ("optimism", W_OPTIMISM), K ("hopeful", W_OPTIMISM),
  K ("encouraging", W_OPTIMISM), K ("encouraged", W_OPTIMISM), K ("progress", W_OPTIMISM),
  K ("breakthrough", W_OPTIMISM), K ("positive", W_OPTIMISM), K ("productive", W_OPTIMISM),
  K ("confident", W_OPTIMISM), K ("constructive", W_OPTIMISM), K ("promising", W_OPTIMISM),
  K ("unresolved", W_PESSIMISM), K ("apart", W_PESSIMISM), K ("pessimistic", W_PESSIMISM),
  K ("pessimism", W_PESSIMISM), K ("deadlock", W_PESSIMISM), K ("deadlocked", W_PESSIMISM),
  K ("stalemate", W_PESSIMISM), K ("impasse", W_PESSIMISM), K ("stalled", W_PESSIMISM),
  K ("disappointing", W_PESSIMISM), K ("disappointed", W_PESSIMISM), K ("gloomy", W_PESSIMISM),
  K ("worried", W_PESSIMISM), K ("bleak", W_PESSIMISM), K ("sticking", W_PESSIMISM),
  K ("support", W_SUPPORT), K ("supports", W_SUPPORT), K ("supported", W_SUPPORT),
  K ("endorse", W_SUPPORT), K ("endorsed", W_SUPPORT), K ("welcome", W_SUPPORT),
  K ("welcomed", W_SUPPORT), K ("welcomes", W_SUPPORT), K ("praised", W_SUPPORT),
  K ("provide", W_COOP), K ("give", W_COOP), K ("send", W_COOP), K ("release", W_COOP),
  K ("help", W_COOP), K ("contribute", W_COOP), K ("cooperate", W_COOP), K ("return", W_COOP),
  K ("withdraw", W_COOP), K ("evacuate", W_COOP), K ("lift", W_COOP), K ("resume", W_COOP),
  K ("continue", W_COOP), K ("grant", W_COOP), K ("hand", W_COOP), K ("ease", W_COOP),
  K ("meet", W_MEET), K ("visit", W_MEET), K ("negotiate", W_MEET), K ("discuss", W_MEET),
  K ("host", W_MEET), K ("mediate", W_MEET), K ("talk", W_MEET),
  K ("met", W_MET), K ("visited", W_MET), K ("held", W_MET), K ("hosted", W_MET),
  K ("sanction", W_RESTRICT), K ("sanctions", W_RESTRICT), K ("embargo", W_RESTRICT),
  K ("tariffs", W_RESTRICT), K ("boycott", W_RESTRICT), K ("blockade", W_RESTRICT),
  K ("expel", W_RESTRICT), K ("ban", W_RESTRICT), K ("restrictions", W_RESTRICT),
  K ("curfew", W_RESTRICT), K ("suspend", W_RESTRICT), K ("halt", W_RESTRICT),
  K ("sever", W_RESTRICT), K ("impose", W_RESTRICT), K ("penalties", W_RESTRICT),
  K ("cut", W_RESTRICT), K ("stop", W_RESTRICT),
  K ("imposed", W_RESTRICTED), K ("expelled", W_RESTRICTED), K ("banned", W_RESTRICTED),
  K ("suspended", W_RESTRICTED), K ("severed", W_RESTRICTED), K ("imposes", W_RESTRICTED),
  K ("attack", W_FORCE), K ("invade", W_FORCE), K ("invasion", W_FORCE), K ("strike", W_FORCE),
  K ("offensive", W_FORCE), K ("shell", W_FORCE), K ("bomb", W_FORCE), K ("force", W_FORCE),
  K ("invades", W_FORCE), K ("attacks", W_FORCE), K ("blows", W_FORCE), K ("fight", W_FORCE),
  K ("punish", W_FORCE),
};

#undef A
#undef K

#define TABLE_BITS 10
#define TABLE_SIZE (1u << TABLE_BITS)
#define MAX_WORD 24

/* Open addressing, index + 1 per slot; filled once, read-only after. */
static guint16 table[TABLE_SIZE];
static ReadoutPartyDirectory *directory;

static inline guint
hash_bytes (const char *s,
            gsize       len)
{
  guint h = 2166136261u;

  for (gsize i = 0; i < len; i++)
    h = (h ^ (guchar)s[i]) * 16777619u;
  return h;
}

ReadoutPartyDirectory *
_readout_acts_words_init (void)
{
  static gsize ready = 0;

  if (g_once_init_enter (&ready))
    {
      G_STATIC_ASSERT (G_N_ELEMENTS (words) < TABLE_SIZE / 2);
      for (guint i = 0; i < G_N_ELEMENTS (words); i++)
        {
          guint slot = hash_bytes (words[i].word, strlen (words[i].word)) & (TABLE_SIZE - 1);

          while (table[slot] != 0)
            slot = (slot + 1) & (TABLE_SIZE - 1);
          table[slot] = i + 1;
        }
      directory = readout_party_directory_get_default (NULL);
      g_once_init_leave (&ready, 1);
    }
  return directory;
}

const ReadoutActWord *
_readout_acts_words_lookup (const char *s,
                            gsize       len)
{
  guint slot;

  if (len > MAX_WORD)
    return NULL;
  slot = hash_bytes (s, len) & (TABLE_SIZE - 1);
  while (table[slot] != 0)
    {
      const ReadoutActWord *w = &words[table[slot] - 1];

      if (w->word[0] == s[0] && strncmp (w->word, s, len) == 0 && w->word[len] == '\0')
        return w;
      slot = (slot + 1) & (TABLE_SIZE - 1);
    }
  return NULL;
}
