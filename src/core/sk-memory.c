/* sk-memory.c — the heap of a short export: in large pages, and freed
 * by its end
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An export allocates much in little time, and each 4 kB page of new heap
 * costs the kernel a page fault when it is first written. On the project's
 * virtual machines a fault is expensive: a poster of 300 services took
 * 3,800 of them (`perf stat -e page-faults`), most in malloc, and the
 * kernel's share was a third of its processor time. A command that
 * exports therefore asks for its heaps to be backed by transparent huge
 * pages, one fault per 2 MB, and for freed memory to stay in the heap
 * rather than be given back and faulted in again. This is what glibc's
 * "glibc.malloc.hugetlb=1" tunable does, done from within, as a program
 * cannot set tunables for itself.
 *
 * It changes only how fast memory comes, never what the program does: on
 * another C library, or where the kernel has no huge pages, nothing is
 * done or madvise() fails, and everything works as before. The editor
 * does not use it: it lives long, and its memory should go back.
 */
#include "config.h"

#include <stdlib.h>  /* defines __GLIBC__ with glibc */
#if defined(__GLIBC__)
#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>
#endif

#include "sk-memory.h"

#if defined(__GLIBC__) && defined(MADV_HUGEPAGE)
#define HUGE_PAGE ((guintptr) 2 << 20)
#define MAIN_HEAP_STEP (64 << 20)  /* how far the main heap grows at a time */
/* glibc's heaps for other threads: HEAP_MAX_SIZE (2 × the largest mmap
 * threshold on 64 bits), each at an address that is a multiple of it. */
#define THREAD_HEAP_SIZE ((guintptr) 64 << 20)

static gboolean huge_pages = FALSE;
static guintptr main_heap_start, main_heap_end;

static void
advise_huge (guintptr start,
             guintptr end)
{
  start = (start + HUGE_PAGE - 1) & ~(HUGE_PAGE - 1);
  end &= ~(HUGE_PAGE - 1);
  if (end > start)
    madvise ((void *) start, end - start, MADV_HUGEPAGE);
}
#endif

/**
 * sk_memory_prefer_huge_pages:
 *
 * For a program that runs one export and ends: makes the heap of this
 * thread, and of threads that call sk_memory_thread_started(), come in
 * huge pages and keep what is freed. Call it on the main thread, before
 * other threads start.
 */
void
sk_memory_prefer_huge_pages (void)
{
#if defined(__GLIBC__) && defined(MADV_HUGEPAGE)
  void *block;

  /* Large blocks stay in the heap too, freed memory is not trimmed, and
   * every heap is made as large as it can be at once: the main one grows
   * by MAIN_HEAP_STEP, another thread's is THREAD_HEAP_SIZE from the start. */
  mallopt (M_MMAP_THRESHOLD, 32 << 20);
  mallopt (M_TRIM_THRESHOLD, 256 << 20);
  mallopt (M_TOP_PAD, MAIN_HEAP_STEP);

  /* One allocation makes the main heap grow past it. */
  block = malloc (1 << 20);
  if (block == NULL)
    return;
  main_heap_start = (guintptr) block;
  main_heap_end = (guintptr) sbrk (0);
  free (block);
  /* Unless malloc is not glibc's (a sanitizer's, say), whose blocks are
   * not below the program break. */
  if (main_heap_end > main_heap_start)
    {
      advise_huge (main_heap_start, main_heap_end);
      huge_pages = TRUE;
    }
#endif
}

/**
 * sk_memory_thread_started:
 *
 * Called by a worker thread before its work; after
 * sk_memory_prefer_huge_pages(), the heap glibc gave the thread comes in
 * huge pages too. Once per thread is enough; more calls do nothing.
 */
void
sk_memory_thread_started (void)
{
#if defined(__GLIBC__) && defined(MADV_HUGEPAGE)
  static GPrivate advised;
  guintptr probe;
  void *block;

  if (!huge_pages || g_private_get (&advised) != NULL)
    return;
  g_private_set (&advised, GINT_TO_POINTER (TRUE));

  block = malloc (64);
  if (block == NULL)
    return;
  probe = (guintptr) block;
  free (block);
  /* A thread may share the main heap; that one is advised already. */
  if (probe >= main_heap_start && probe < (guintptr) sbrk (0))
    return;
  probe &= ~(THREAD_HEAP_SIZE - 1);
  advise_huge (probe, probe + THREAD_HEAP_SIZE);
#endif
}

/* What a short program keeps to its end (sk_memory_release). */
static GMutex kept_lock;
static gboolean keeping = FALSE;
static GPtrArray *kept = NULL;

/**
 * sk_memory_keep_until_exit:
 *
 * For a program that runs one export and ends: from now on,
 * sk_memory_release() keeps what it is given rather than freeing it. The
 * process's end gives all of it back at once, which is faster than
 * freeing a large layout or map piece by piece (1.5 and 3 ms of a
 * 300-service poster's export). What is kept stays reachable, so that
 * leak checkers do not count it.
 */
void
sk_memory_keep_until_exit (void)
{
  g_mutex_lock (&kept_lock);
  keeping = TRUE;
  g_mutex_unlock (&kept_lock);
}

/**
 * sk_memory_release:
 * @data: (nullable) (transfer full): what is no longer needed
 * @free_func: how to free it
 *
 * Frees @data, or keeps it after sk_memory_keep_until_exit().
 */
void
sk_memory_release (gpointer       data,
                   GDestroyNotify free_func)
{
  if (data == NULL)
    return;
  g_mutex_lock (&kept_lock);
  if (keeping)
    {
      if (kept == NULL)
        kept = g_ptr_array_new ();
      g_ptr_array_add (kept, data);
      data = NULL;
    }
  g_mutex_unlock (&kept_lock);
  if (data != NULL)
    free_func (data);
}
