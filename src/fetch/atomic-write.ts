/** Moved to src/util (the run folder writes use it too); re-exported for the fetch modules. */
export { writeFileAtomic, tempNameFor } from '../util/atomic-write.js';
