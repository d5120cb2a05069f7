import { ReleaseCalendar } from '../upgrade/releaseCalendar';

// Release and end-of-life dates copied from endoflife.date (products/kubernetes.md and
// products/amazon-eks.md at commit a70eca33, 2026-08-22). For EKS, `eol` is the end of standard
// support.
export const kubernetesCalendar: ReleaseCalendar = {
  product: 'kubernetes',
  title: 'Kubernetes',
  cycles: [
    { cycle: '1.36', releaseDate: '2026-04-22', eol: '2027-06-28' },
    { cycle: '1.35', releaseDate: '2025-12-17', eol: '2027-02-28' },
    { cycle: '1.34', releaseDate: '2025-08-27', eol: '2026-10-27' },
    { cycle: '1.33', releaseDate: '2025-04-23', eol: '2026-06-28' },
    { cycle: '1.32', releaseDate: '2024-12-11', eol: '2026-02-28' },
  ],
};

export const eksCalendar: ReleaseCalendar = {
  product: 'amazon-eks',
  title: 'Amazon EKS',
  cycles: [
    { cycle: '1.36', releaseDate: '2026-06-02', eol: '2027-08-02' },
    { cycle: '1.35', releaseDate: '2026-01-28', eol: '2027-03-27' },
    { cycle: '1.34', releaseDate: '2025-10-06', eol: '2026-12-02' },
    { cycle: '1.33', releaseDate: '2025-05-28', eol: '2026-07-29' },
  ],
};

// Invented for the tests: the shared data has no calendar for the monitoring platform.
export const prometheusTestCalendar: ReleaseCalendar = {
  product: 'prometheus',
  title: 'Prometheus',
  cycles: [{ cycle: '3.5', releaseDate: '2025-07-14', eol: '2026-07-14' }],
};

export const calendars = {
  kubernetes: kubernetesCalendar,
  'amazon-eks': eksCalendar,
  prometheus: prometheusTestCalendar,
};
