// Preloaded (node --import) into a server started by scripts/lib/proc.mjs execNode: when the launcher
// dies without forwarding a signal (SIGKILL, crash), the IPC channel closes and the server shuts down
// gracefully instead of living on as an orphan that holds the port and the data-dir lock.
if (process.channel) {
  process.channel.unref(); // never keep the process alive by itself
  process.once('disconnect', () => process.kill(process.pid, 'SIGTERM'));
}
