// Dates in antd's pickers (dayjs) in Vietnamese. Loaded with the screens that show dates rather
// than at start: the dashboard has none, and the window paints without dayjs (issue 13).
import dayjs from 'dayjs';
import 'dayjs/locale/vi';

dayjs.locale('vi');
