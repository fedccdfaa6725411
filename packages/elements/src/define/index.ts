/** Registers every SehatKit element. Prefer one element's `define` or the autoloader to load less. */
import '../components/booking/define';
import '../components/bpjs-verify/define';
import '../components/consult-hours/define';
import '../components/drug-badge/define';
import '../components/drug-alerts/define';
import '../components/drug-search/define';
import '../components/video-room/define';
