"""The IMAP service: watchers find new mail, a worker pool judges it and acts on it.

Boring on purpose (rq's worker loop is the model):
- one watcher thread per watched folder, each with its own connection: IDLE where the
  server has it, polling otherwise; it turns UIDs above the folder's checkpoint into
  jobs on a bounded queue (a full queue blocks the watcher: back-pressure, not memory);
- N worker threads, each with its own connection per account, take a job, judge, record,
  act, record again;
- the database is the truth. A job's row says how far it got (queued -> judged -> acted),
  the verdict and the planned action are stored *before* the mailbox is touched, and
  the checkpoint only moves past UIDs whose job is final. So a crash at any moment
  repeats at most one idempotent step: re-judging an unrecorded message, re-adding a
  keyword, or finding that a move already happened. Nothing is lost or moved twice.
- stop: the first signal sets a flag; workers finish the job in hand and leave, watchers
  leave at their next wait. Jobs still queued stay `queued` in the database and are
  found again on the next start.
- faults: an account that cannot work as configured (`SetupError`: a refused password,
  a TLS mode the port does not speak, a watched folder that does not exist) is stopped
  with one line saying what to fix, and when no account is left the service ends. A
  storage fault (a full disk) pauses every thread through one `StorageBackoff`, logged
  once, not per message; network faults are retried per connection with back-off.

The parts, one module each:
- `watcher`: folder watching, checkpoints, scanning (jobs are queued here);
- `worker`: judge, record, act, retries;
- `owner_moves`: what the owner's own moves mean (rescue out of quarantine, learning
  from the Junk folder, the audit of quarantined mail moved elsewhere);
- `leases`: this process among several sharing the database (the folders it watches,
  the jobs its workers claim); alone, it holds every folder;
- `supervisor`: `Service`, which starts, watches and stops the threads;
- `run`: what those threads share. `ServiceOptions` lives in `pipeline.service_settings`,
  so that the configuration can be read without importing the service.
"""

from pipeline.service_settings import ServiceOptions
from pipeline.service.supervisor import Service
from storage.jobs import JobKey

__all__ = ["JobKey", "Service", "ServiceOptions"]
