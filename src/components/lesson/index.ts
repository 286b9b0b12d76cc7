// Components lessons import: `import { Notes, Slide, Fragments, Timeline, ReadingOnly } from '~/components/lesson';`
export { default as Notes } from './Notes.astro';
export { default as Slide } from './Slide.astro';
export { default as Fragments } from './Fragments.astro';
export { default as Timeline } from './Timeline.astro';
export { default as ReadingOnly } from './ReadingOnly.astro';
export { default as Quiz } from '../../features/quiz/Quiz.astro';
export { default as Exercise } from '../../features/exercises/Exercise.astro';
export { default as HealthTimeline } from '../../features/sims/health/HealthTimeline.astro';
export { default as HealthLab } from '../../features/sims/health-lab/HealthLab.astro';
export { default as SeccompLab } from '../../features/sims/seccomp/SeccompLab.astro';
export { default as LayerCacheExplorer } from '../../features/sims/layers/LayerCacheExplorer.astro';
export { default as PidNamespaces } from '../../features/sims/namespaces/PidNamespaces.astro';
export { default as CgroupLimits } from '../../features/sims/cgroups/CgroupLimits.astro';
export { default as LinuxLab } from '../../features/linux-lab/LinuxLab.astro';
