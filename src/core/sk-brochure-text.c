/* sk-brochure-text.c — the fixed words of a family brochure, per language
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Written for families, in plain language (språklova § 9). The brochure is in
 * the map's language whatever the program's, so these are kept here rather
 * than in the program's translations (see sk-print-strings.c). Facts: the
 * right to a barnekoordinator since 1 August 2022, individual plans,
 * consent from 16, complaints to the county governor (Statsforvalteren).
 */
#include "config.h"

#include "sk-brochure-text.h"

static const char * const rights_nb[] = {
  "Barn og unge har rett til å bli hørt i saker som gjelder dem, og skal få si sin mening før det blir tatt avgjørelser.",
  "Fra du er 16 år, bestemmer du selv over helsehjelpen din. Foreldre får vanligvis vite om helsehjelp til barn under 16 år.",
  "Familier med et barn som har alvorlig sykdom, skade eller funksjonsnedsettelse og trenger langvarige og sammensatte tjenester, har rett til en barnekoordinator (fra 1. august 2022).",
  "Trenger du tjenester over lang tid fra flere steder, har du rett til en individuell plan. Spør kommunens koordinerende enhet.",
  "Er du ikke fornøyd med hjelpen, kan du klage. Klagen sendes til tjenesten, og kan deretter gå til Statsforvalteren.",
  NULL
};

static const char * const rights_nn[] = {
  "Barn og unge har rett til å bli høyrde i saker som gjeld dei, og skal få seie meininga si før det blir teke avgjerder.",
  "Frå du er 16 år, bestemmer du sjølv over helsehjelpa di. Foreldre får vanlegvis vite om helsehjelp til barn under 16 år.",
  "Familiar med eit barn som har alvorleg sjukdom, skade eller funksjonsnedsetjing og treng langvarige og samansette tenester, har rett til ein barnekoordinator (frå 1. august 2022).",
  "Treng du tenester over lang tid frå fleire stader, har du rett til ein individuell plan. Spør den koordinerande eininga i kommunen.",
  "Er du ikkje nøgd med hjelpa, kan du klage. Klaga blir send til tenesta, og kan deretter gå til Statsforvaltaren.",
  NULL
};

static const char * const rights_en[] = {
  "Children and young people have the right to be heard in matters that concern them, and to say what they think before decisions are made.",
  "From the age of 16 you decide about your own health care. Parents are usually told about health care for children under 16.",
  "Families with a child who has a serious illness, injury or disability and needs long-term, coordinated services have the right to a child coordinator (since 1 August 2022).",
  "If you need services over a long time from several places, you have the right to an individual plan. Ask the municipality's coordinating unit.",
  "If you are not satisfied with the help, you can complain. The complaint goes to the service, and can then go to the county governor (Statsforvalteren).",
  NULL
};

static const SkBrochureText text_nb = {
  .for_families = "Hjelp og tjenester for barn, unge og familier",
  .where_to_start = "Hvor begynner jeg?",
  .where_to_start_text = "Er du bekymret for et barn eller en ungdom, eller for deg selv? Snakk med en voksen du stoler på. Disse tjenestene kan du kontakte selv, uten henvisning:",
  .services_beside = "Hjelp ved siden av",
  .pathways = "Slik kan hjelpen henge sammen",
  .pathways_text = "Her ser du hvordan tjenestene kan samarbeide, fra noen blir bekymret til det er fulgt opp. Veien kan være annerledes for deg.",
  .urgent = "Akutt hjelp",
  .urgent_text = "Er det fare for liv eller helse, ring 113. Trenger du lege når fastlegen er stengt, ring legevakten på 116 117.",
  .rights = "Dine rettigheter",
  .rights_text = rights_nb,
  .glossary = "Ord og forkortelser",
  .checked = "Innholdet sist kontrollert",
  .direct = "Du kan ta kontakt selv.",
  .referral = "Du trenger henvisning.",
  .referral_from = "Henvisning kan komme fra",
  .free = "Gratis.",
  .confidential = "Taushetsplikt.",
  .phone = "Telefon",
  .email = "E-post",
  .web = "Nettside",
  .address = "Adresse",
  .hours = "Åpningstider",
};

static const SkBrochureText text_nn = {
  .for_families = "Hjelp og tenester for barn, unge og familiar",
  .where_to_start = "Kvar byrjar eg?",
  .where_to_start_text = "Er du uroa for eit barn eller ein ungdom, eller for deg sjølv? Snakk med ein vaksen du stolar på. Desse tenestene kan du kontakte sjølv, utan tilvising:",
  .services_beside = "Hjelp ved sida av",
  .pathways = "Slik kan hjelpa hengje saman",
  .pathways_text = "Her ser du korleis tenestene kan samarbeide, frå nokon blir uroa til det er følgt opp. Vegen kan vere annleis for deg.",
  .urgent = "Akutt hjelp",
  .urgent_text = "Er det fare for liv eller helse, ring 113. Treng du lege når fastlegen er stengd, ring legevakta på 116 117.",
  .rights = "Rettane dine",
  .rights_text = rights_nn,
  .glossary = "Ord og forkortingar",
  .checked = "Innhaldet sist kontrollert",
  .direct = "Du kan ta kontakt sjølv.",
  .referral = "Du treng tilvising.",
  .referral_from = "Tilvising kan kome frå",
  .free = "Gratis.",
  .confidential = "Teieplikt.",
  .phone = "Telefon",
  .email = "E-post",
  .web = "Nettside",
  .address = "Adresse",
  .hours = "Opningstider",
};

static const SkBrochureText text_en = {
  .for_families = "Help and services for children, young people and families",
  .where_to_start = "Where do I start?",
  .where_to_start_text = "Are you worried about a child or a young person, or about yourself? Talk to an adult you trust. You can contact these services yourself, without a referral:",
  .services_beside = "Help beside the pyramid",
  .pathways = "How the help fits together",
  .pathways_text = "This shows how the services can work together, from someone becoming worried until there is follow-up. Your way may be different.",
  .urgent = "Urgent help",
  .urgent_text = "If life or health is in danger, call 113. If you need a doctor when your GP is closed, call the out-of-hours service on 116 117.",
  .rights = "Your rights",
  .rights_text = rights_en,
  .glossary = "Words and abbreviations",
  .checked = "Content last checked",
  .direct = "You can get in touch yourself.",
  .referral = "You need a referral.",
  .referral_from = "A referral can come from",
  .free = "Free of charge.",
  .confidential = "Confidential.",
  .phone = "Phone",
  .email = "E-mail",
  .web = "Web",
  .address = "Address",
  .hours = "Opening hours",
};

/* Southern Sami falls back to bokmål until the texts are translated. */
const SkBrochureText *
sk_brochure_text (const char *lang)
{
  if (g_strcmp0 (lang, "nn") == 0)
    return &text_nn;
  if (g_strcmp0 (lang, "en") == 0)
    return &text_en;
  return &text_nb;
}

/* "For 0–5 år", "Fra 13 år", "Til og med 20 år"; @min or @max < 0: unset. */
char *
sk_brochure_ages (const char *lang,
                  int         min,
                  int         max)
{
  gboolean nn = g_strcmp0 (lang, "nn") == 0, en = g_strcmp0 (lang, "en") == 0;

  if (min >= 0 && max >= 0)
    return en ? g_strdup_printf ("Ages %d–%d.", min, max) : g_strdup_printf ("For %d–%d år.", min, max);
  if (min >= 0)
    return en ? g_strdup_printf ("From age %d.", min)
              : g_strdup_printf (nn ? "Frå %d år." : "Fra %d år.", min);
  if (max >= 0)
    return en ? g_strdup_printf ("Up to age %d.", max) : g_strdup_printf ("Til og med %d år.", max);
  return NULL;
}

char *
sk_brochure_provider (const char *lang,
                      const char *provider)
{
  if (g_strcmp0 (lang, "nn") == 0)
    return g_strdup_printf ("Blir gitt av %s.", provider);
  if (g_strcmp0 (lang, "en") == 0)
    return g_strdup_printf ("Provided by %s.", provider);
  return g_strdup_printf ("Gis av %s.", provider);
}
