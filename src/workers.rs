//! The threads that share a batch's work: one pool for the whole program (rayon's), whose threads
//! live as long as it does. A service answering batch after batch started threads of its own for
//! each: a new thread's memory is new to it too, and the kernel zeroed its pages for every batch
//! (a sixth of a batch's time). Each thread of the pool takes the next piece of work when it is
//! done with one, so a thread that starts late, or that the machine holds back, takes fewer
//! pieces instead of holding the others up, and the pieces are done about in their order.

use std::panic::AssertUnwindSafe;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, OnceLock};

/// `work(at, item)` for every item, `at` its place, on up to `threads` threads of the pool, each
/// taking the next item in turn; the results in the order of the items. An item whose work
/// panicked is `None` (the others are still done). The calling thread waits; with one thread the
/// work is done on it.
pub fn each_in_turn<T: Send, R: Send>(
    items: Vec<T>,
    threads: usize,
    work: impl Fn(usize, T) -> R + Sync,
) -> Vec<Option<R>> {
    let count = items.len();
    let guarded = |at: usize, item: T| std::panic::catch_unwind(AssertUnwindSafe(|| work(at, item))).ok();
    let threads = threads.clamp(1, count.max(1));
    if threads == 1 {
        return items.into_iter().enumerate().map(|(at, item)| guarded(at, item)).collect();
    }
    // Each item taken once, by the thread that takes its place.
    let items: Vec<Mutex<Option<T>>> = items.into_iter().map(|item| Mutex::new(Some(item))).collect();
    let done: Vec<Mutex<Option<R>>> = (0..count).map(|_| Mutex::new(None)).collect();
    let next = AtomicUsize::new(0);
    rayon::scope(|scope| {
        for _ in 0..threads {
            scope.spawn(|_| {
                loop {
                    let at = next.fetch_add(1, Ordering::Relaxed);
                    if at >= count {
                        break;
                    }
                    let item = items[at].lock().ok().and_then(|mut item| item.take());
                    let result = item.and_then(|item| guarded(at, item));
                    if let Ok(mut slot) = done[at].lock() {
                        *slot = result;
                    }
                }
            });
        }
    });
    done.into_iter().map(|slot| slot.into_inner().ok().flatten()).collect()
}

/// How many threads can run at once: asked once (asking reads the cgroup's files).
pub fn cores() -> usize {
    static CORES: OnceLock<usize> = OnceLock::new();
    *CORES.get_or_init(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_piece_is_done_once_and_the_results_keep_their_order() {
        for (count, threads) in [(0, 4), (1, 4), (7, 1), (7, 2), (100, 3)] {
            let times: Vec<AtomicUsize> = (0..count).map(|_| AtomicUsize::new(0)).collect();
            let results = each_in_turn((0..count).collect(), threads, |at, item: usize| {
                times[at].fetch_add(1, Ordering::Relaxed);
                at + item
            });
            assert_eq!(results, (0..count).map(|at| Some(at * 2)).collect::<Vec<_>>());
            assert!(times.iter().all(|t| t.load(Ordering::Relaxed) == 1));
        }
    }

    #[test]
    fn a_piece_that_panics_is_none_and_the_others_are_done() {
        let results = each_in_turn(vec![(); 5], 2, |at, ()| if at == 3 { panic!("piece {at}") } else { at });
        assert_eq!(results, [Some(0), Some(1), Some(2), None, Some(4)]);
    }

    #[test]
    fn batches_sent_at_once_share_the_pool_without_waiting_on_each_other() {
        // Many callers at once (a service's requests), each waiting for its own pieces: all end.
        std::thread::scope(|scope| {
            for caller in 0..8 {
                scope.spawn(move || {
                    let results = each_in_turn(vec![caller; 16], 4, |at, caller| at + caller);
                    assert!(results.iter().enumerate().all(|(at, r)| *r == Some(at + caller)));
                });
            }
        });
    }
}
