/** 2030 → "Đến năm 2030", 2045 → "Tầm nhìn 2045". */
export function horizonLabel(h: number): string {
  return h >= 2045 ? `Tầm nhìn ${h}` : `Đến năm ${h}`;
}
