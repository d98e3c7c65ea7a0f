import { BackupDownload } from './BackupDownload';
import { BackupRestore } from './BackupRestore';
import styles from './backup.module.css';

/** The backup page's two tasks, side by side on a wide screen. */
export function BackupPanel() {
  return (
    <div className={styles.backup}>
      <BackupDownload />
      <BackupRestore />
    </div>
  );
}
