// The bundled icons: a curated set from Lucide (ISC), chosen for health and care services. Each
// icon's nodes (path, circle, rect, line, polyline, polygon, ellipse) become one path in absolute
// moves, lines and cubics, so every renderer (canvas, SVG, PDF, PNG) draws it as vector strokes.
// Only the icons named here are imported, so the rest of Lucide stays out of the bundle.
import {
  Accessibility, Activity, Ambulance, Armchair, Baby, Bandage, Bed, BriefcaseMedical, Building, Bus, Calendar, Car, Clock, Ear, Eye, Footprints,
  Glasses, GraduationCap, HandHeart, HandHelping, Handshake, Heart, HeartHandshake, HeartPulse, Hospital, House, HousePlus, Info, Mail, MapPin,
  MessageCircle, PersonStanding, Phone, Pill, School, ShieldCheck, Smile, Stethoscope, Sun, Syringe, TreePine, User, Users, UsersRound, Utensils,
  type IconNode,
} from 'lucide';
import { parsePathData, type Segment } from './pathData';
import type { Box } from './geometry';
import { round } from '@/model/round';

const nodes: Record<string, IconNode> = {
  house: House, 'house-plus': HousePlus, heart: Heart, 'heart-pulse': HeartPulse, 'heart-handshake': HeartHandshake, 'hand-heart': HandHeart,
  'hand-helping': HandHelping, handshake: Handshake, users: Users, 'users-round': UsersRound, user: User, 'person-standing': PersonStanding,
  baby: Baby, accessibility: Accessibility, hospital: Hospital, ambulance: Ambulance, stethoscope: Stethoscope, pill: Pill, syringe: Syringe,
  bandage: Bandage, 'briefcase-medical': BriefcaseMedical, activity: Activity, phone: Phone, 'message-circle': MessageCircle, mail: Mail,
  calendar: Calendar, clock: Clock, 'map-pin': MapPin, info: Info, 'shield-check': ShieldCheck, bed: Bed, armchair: Armchair, utensils: Utensils,
  car: Car, bus: Bus, footprints: Footprints, glasses: Glasses, school: School, 'graduation-cap': GraduationCap, sun: Sun, 'tree-pine': TreePine,
  building: Building, smile: Smile, ear: Ear, eye: Eye,
};

/** Lucide draws on a 24 by 24 grid with strokes 2 wide. */
export const ICON_GRID = 24;
const ICON_STROKE = 2;

export const iconNames: readonly string[] = Object.keys(nodes);

export function isIconName(name: string): boolean {
  return Object.hasOwn(nodes, name);
}

type Attrs = Record<string, string | number | undefined>;
const num = (attrs: Attrs, key: string, fallback = 0) => (attrs[key] === undefined ? fallback : Number(attrs[key]));

function ellipsePath(cx: number, cy: number, rx: number, ry: number): string {
  return `M${cx - rx} ${cy}A${rx} ${ry} 0 1 0 ${cx + rx} ${cy}A${rx} ${ry} 0 1 0 ${cx - rx} ${cy}Z`;
}

function rectPath(a: Attrs): string {
  const [x, y, w, h] = [num(a, 'x'), num(a, 'y'), num(a, 'width'), num(a, 'height')];
  const r = Math.min(num(a, 'rx', num(a, 'ry')), w / 2, h / 2);
  if (r <= 0) return `M${x} ${y}H${x + w}V${y + h}H${x}Z`;
  return `M${x + r} ${y}H${x + w - r}A${r} ${r} 0 0 1 ${x + w} ${y + r}V${y + h - r}A${r} ${r} 0 0 1 ${x + w - r} ${y + h}H${x + r}A${r} ${r} 0 0 1 ${x} ${y + h - r}V${y + r}A${r} ${r} 0 0 1 ${x + r} ${y}Z`;
}

/** One icon node as SVG path data on the icon's grid. */
function nodePath([tag, attrs]: IconNode[number]): string {
  const a = attrs as Attrs;
  switch (tag) {
    case 'path': return String(a.d ?? '');
    case 'circle': return ellipsePath(num(a, 'cx'), num(a, 'cy'), num(a, 'r'), num(a, 'r'));
    case 'ellipse': return ellipsePath(num(a, 'cx'), num(a, 'cy'), num(a, 'rx'), num(a, 'ry'));
    case 'rect': return rectPath(a);
    case 'line': return `M${num(a, 'x1')} ${num(a, 'y1')}L${num(a, 'x2')} ${num(a, 'y2')}`;
    case 'polyline':
    case 'polygon': {
      const points = String(a.points ?? '').trim().split(/[\s,]+/).map(Number);
      if (points.length < 4) return '';
      return `M${points.slice(0, 2).join(' ')}L${points.slice(2).join(' ')}${tag === 'polygon' ? 'Z' : ''}`;
    }
    default: return '';
  }
}


function segmentsToPath(segments: readonly Segment[], map: (x: number, y: number) => [number, number]): string {
  return segments
    .map((s) => {
      if (s.op === 'Z') return 'Z';
      const [x, y] = map(s.x, s.y);
      if (s.op !== 'C') return `${s.op}${round(x, 3)} ${round(y, 3)}`;
      const [x1, y1] = map(s.x1, s.y1);
      const [x2, y2] = map(s.x2, s.y2);
      return `C${round(x1, 3)} ${round(y1, 3)} ${round(x2, 3)} ${round(y2, 3)} ${round(x, 3)} ${round(y, 3)}`;
    })
    .join('');
}

const parsed = new Map<string, Segment[]>();

/** The icon as absolute segments on its 24 by 24 grid; each node is parsed on its own, as SVG would. */
function getIconSegments(name: string): Segment[] | undefined {
  if (!isIconName(name)) return undefined;
  let segments = parsed.get(name);
  if (!segments) parsed.set(name, (segments = nodes[name].flatMap((node) => parsePathData(nodePath(node)))));
  return segments;
}

/** An icon drawn in a box: kept square and centred, its strokes scaled with it. Undefined for an unknown name. */
export function placeIcon(name: string, box: Box): { d: string; strokeWidth: number } | undefined {
  const segments = getIconSegments(name);
  if (!segments) return undefined;
  const side = Math.min(box.w, box.h);
  const scale = side / ICON_GRID;
  const left = box.x + (box.w - side) / 2;
  const top = box.y + (box.h - side) / 2;
  return { d: segmentsToPath(segments, (x, y) => [left + x * scale, top + y * scale]), strokeWidth: ICON_STROKE * scale };
}
