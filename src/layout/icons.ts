// The bundled icons: a curated set from Lucide (ISC), chosen for health and care services. Each
// icon's nodes (path, circle, rect, line, polyline, polygon, ellipse) become one path in absolute
// moves, lines and cubics, so every renderer (canvas, SVG, PDF, PNG) draws it as vector strokes.
// Only the icons named here are imported, so the rest of Lucide stays out of the bundle.
import {
  Accessibility,
  Activity,
  Ambulance,
  Armchair,
  Baby,
  Bandage,
  Bed,
  BriefcaseMedical,
  Building,
  Bus,
  Calendar,
  Car,
  Clock,
  Ear,
  Eye,
  Footprints,
  Glasses,
  GraduationCap,
  HandHeart,
  HandHelping,
  Handshake,
  Heart,
  HeartHandshake,
  HeartPulse,
  Hospital,
  House,
  HousePlus,
  Info,
  Mail,
  MapPin,
  MessageCircle,
  PersonStanding,
  Phone,
  Pill,
  School,
  ShieldCheck,
  Smile,
  Stethoscope,
  Sun,
  Syringe,
  TreePine,
  User,
  Users,
  UsersRound,
  Utensils,
  type IconNode,
} from 'lucide';
import { parsePathData } from './pathData';
import { lineTo, mapSegments, moveTo, polyline, type Segment } from './pathSegments';
import { getCornerRectSegments, getEllipseSegments } from './pathShapes';
import type { Box } from './geometry';

const nodes: Record<string, IconNode> = {
  house: House,
  'house-plus': HousePlus,
  heart: Heart,
  'heart-pulse': HeartPulse,
  'heart-handshake': HeartHandshake,
  'hand-heart': HandHeart,
  'hand-helping': HandHelping,
  handshake: Handshake,
  users: Users,
  'users-round': UsersRound,
  user: User,
  'person-standing': PersonStanding,
  baby: Baby,
  accessibility: Accessibility,
  hospital: Hospital,
  ambulance: Ambulance,
  stethoscope: Stethoscope,
  pill: Pill,
  syringe: Syringe,
  bandage: Bandage,
  'briefcase-medical': BriefcaseMedical,
  activity: Activity,
  phone: Phone,
  'message-circle': MessageCircle,
  mail: Mail,
  calendar: Calendar,
  clock: Clock,
  'map-pin': MapPin,
  info: Info,
  'shield-check': ShieldCheck,
  bed: Bed,
  armchair: Armchair,
  utensils: Utensils,
  car: Car,
  bus: Bus,
  footprints: Footprints,
  glasses: Glasses,
  school: School,
  'graduation-cap': GraduationCap,
  sun: Sun,
  'tree-pine': TreePine,
  building: Building,
  smile: Smile,
  ear: Ear,
  eye: Eye,
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

/** One icon node as segments on the icon's grid; each is read on its own, as SVG would. */
function nodeSegments([tag, attrs]: IconNode[number]): Segment[] {
  const a = attrs as Attrs;
  switch (tag) {
    case 'path':
      return parsePathData(String(a.d ?? ''));
    case 'circle':
      return getEllipseSegments(num(a, 'cx'), num(a, 'cy'), num(a, 'r'), num(a, 'r'));
    case 'ellipse':
      return getEllipseSegments(num(a, 'cx'), num(a, 'cy'), num(a, 'rx'), num(a, 'ry'));
    case 'rect': {
      const [x, y, w, h] = [num(a, 'x'), num(a, 'y'), num(a, 'width'), num(a, 'height')];
      const r = Math.max(0, Math.min(num(a, 'rx', num(a, 'ry')), w / 2, h / 2));
      return getCornerRectSegments(x, y, w, h, [r, r, r, r]);
    }
    case 'line':
      return [moveTo(num(a, 'x1'), num(a, 'y1')), lineTo(num(a, 'x2'), num(a, 'y2'))];
    case 'polyline':
    case 'polygon': {
      const numbers = String(a.points ?? '')
        .trim()
        .split(/[\s,]+/)
        .map(Number);
      if (numbers.length < 4) return [];
      const points = numbers.flatMap((x, i) =>
        i % 2 === 0 && i + 1 < numbers.length ? [{ x, y: numbers[i + 1] }] : [],
      );
      return polyline(points, tag === 'polygon');
    }
    default:
      return [];
  }
}

const parsed = new Map<string, Segment[]>();

/** The icon as absolute segments on its 24 by 24 grid. */
function getIconSegments(name: string): Segment[] | undefined {
  if (!isIconName(name)) return undefined;
  let segments = parsed.get(name);
  if (!segments) parsed.set(name, (segments = nodes[name].flatMap(nodeSegments)));
  return segments;
}

/** An icon drawn in a box: kept square and centred, its strokes scaled with it. Undefined for an unknown name. */
export function placeIcon(name: string, box: Box): { segments: Segment[]; strokeWidth: number } | undefined {
  const segments = getIconSegments(name);
  if (!segments) return undefined;
  const side = Math.min(box.w, box.h);
  const scale = side / ICON_GRID;
  const left = box.x + (box.w - side) / 2;
  const top = box.y + (box.h - side) / 2;
  return {
    segments: mapSegments(segments, (x, y) => [left + x * scale, top + y * scale]),
    strokeWidth: ICON_STROKE * scale,
  };
}
