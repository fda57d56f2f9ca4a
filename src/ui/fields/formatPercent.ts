/** A slider's share (0.42) shown as whole per cent ("42 %"). */
export const formatPercent = (share: number) => `${Math.round(share * 100)} %`;
