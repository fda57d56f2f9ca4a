import type { z } from 'zod';
import type {
  bandSchema,
  chartSchema,
  childItemSchema,
  documentSchema,
  figureSchema,
  freeElementSchema,
  connectorEndSchema,
  offsetSchema,
  itemSchema,
  layoutSchema,
  linkSchema,
  pageSchema,
  sectionSchema,
  stepSchema,
  themeSchema,
  trackSchema,
  figureKinds,
  pageSizes,
  stepShapes,
  userFontSchema,
} from './schema';

export type TrappDocument = z.infer<typeof documentSchema>;
export type Step = z.infer<typeof stepSchema>;
export type Item = z.infer<typeof itemSchema>;
export type ChildItem = z.infer<typeof childItemSchema>;
export type Link = z.infer<typeof linkSchema>;
export type Section = z.infer<typeof sectionSchema>;
export type Figure = z.infer<typeof figureSchema>;
export type FigureKind = (typeof figureKinds)[number];
export type Band = z.infer<typeof bandSchema>;
export type Track = z.infer<typeof trackSchema>;
export type Chart = z.infer<typeof chartSchema>;
export type FreeElement = z.infer<typeof freeElementSchema>;
export type ConnectorEnd = z.infer<typeof connectorEndSchema>;
export type Offset = z.infer<typeof offsetSchema>;
export type Page = z.infer<typeof pageSchema>;
export type PageSize = (typeof pageSizes)[number];
export type Theme = z.infer<typeof themeSchema>;
export type StepShape = (typeof stepShapes)[number];
export type UserFont = z.infer<typeof userFontSchema>;
export type LayoutOptions = z.infer<typeof layoutSchema>;
export type Language = TrappDocument['meta']['language'];
