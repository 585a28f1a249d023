/** A one-line progress display for seeding and imports; plain lines when output is not a terminal. */
export function progressBar(verb = 'Seeding') {
  const tty = process.stdout.isTTY;
  let lastLabel = '';
  let lastLogged = -1;
  return {
    update: (label: string, done: number, total: number) => {
      const pct = total ? Math.floor((done / total) * 100) : 100;
      if (tty) {
        const width = 30;
        const filled = Math.round((pct / 100) * width);
        process.stdout.write(
          `\r${verb} ${label.padEnd(22)} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${String(pct).padStart(3)}% ${done}/${total}`,
        );
        if (done >= total) process.stdout.write('\n');
      } else if (label !== lastLabel || pct === 100 || pct - lastLogged >= 25) {
        console.log(`${verb} ${label}: ${done}/${total}`);
        lastLogged = pct;
      }
      if (label !== lastLabel) lastLogged = pct;
      lastLabel = label;
    },
  };
}
