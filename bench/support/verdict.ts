/**
 * A printed target and its verdict: "met" or "MISSED". A missed target makes the run exit 1, so a bench that prints
 * a miss cannot pass in a script or CI that only looks at the exit code.
 */
export function verdict(met: boolean): 'met' | 'MISSED' {
  if (!met) process.exitCode = 1;
  return met ? 'met' : 'MISSED';
}
