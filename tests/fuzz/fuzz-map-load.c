/* fuzz-map-load.c — libFuzzer target: a map file from anyone
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Any bytes either load or are refused with an error, never both and
 * never a crash; what loads saves, and what is saved loads again to the
 * same bytes. See tests/fuzz/README.md.
 */
#include "config.h"

#include <stdint.h>

#include "sk-map.h"
#include "fuzz-target.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(SkMap) map = sk_map_load_from_bytes (bytes, "fuzz.sammenkart", &error);
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(GBytes) saved_again = NULL;
  g_autoptr(SkMap) again = NULL;

  g_assert_true ((map == NULL) != (error == NULL));
  if (map == NULL)
    {
      /* A message names the file. */
      g_assert_true (g_str_has_prefix (error->message, "fuzz.sammenkart"));
      return 0;
    }

  saved = sk_map_serialize (map);
  again = sk_map_load_from_bytes (saved, "saved.sammenkart", &error);
  g_assert_no_error (error);
  saved_again = sk_map_serialize (again);
  g_assert_true (g_bytes_equal (saved, saved_again));
  return 0;
}
