/** The Linux labs: content/labs/<id>.yaml, recorded output in content/labs/recorded/<id>.json. */
export const LAB_IDS = ['namespaces', 'cgroups', 'seccomp', 'capstone', 'networking', 'storage', 'oci'] as const;
export type LabId = (typeof LAB_IDS)[number];
