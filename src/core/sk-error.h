/* sk-error.h — error domains of the core
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define SK_FORMAT_ERROR (sk_format_error_quark ())
#define SK_EDIT_ERROR (sk_edit_error_quark ())

/**
 * SkFormatError:
 * @SK_FORMAT_ERROR_INVALID: the file is not valid (JSON syntax, types, values)
 * @SK_FORMAT_ERROR_NOT_A_MAP: the file is not a Sammenkart map
 * @SK_FORMAT_ERROR_VERSION: the file was written by a newer major version
 * @SK_FORMAT_ERROR_TOO_LARGE: the file exceeds a limit
 *
 * Errors from reading a `.sammenkart` file.
 */
typedef enum {
  SK_FORMAT_ERROR_INVALID,
  SK_FORMAT_ERROR_NOT_A_MAP,
  SK_FORMAT_ERROR_VERSION,
  SK_FORMAT_ERROR_TOO_LARGE,
} SkFormatError;

/**
 * SkEditError:
 * @SK_EDIT_ERROR_NOT_FOUND: the object to change does not exist
 * @SK_EDIT_ERROR_INVALID: the new value is not valid
 * @SK_EDIT_ERROR_IN_USE: the object is used and needs a replacement
 * @SK_EDIT_ERROR_EXISTS: an object with that id already exists
 *
 * Errors from making a command: the map is never changed when one is set.
 */
typedef enum {
  SK_EDIT_ERROR_NOT_FOUND,
  SK_EDIT_ERROR_INVALID,
  SK_EDIT_ERROR_IN_USE,
  SK_EDIT_ERROR_EXISTS,
} SkEditError;

GQuark sk_format_error_quark (void);
GQuark sk_edit_error_quark   (void);

G_END_DECLS
