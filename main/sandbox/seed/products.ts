// Cascade Industrial Supply's assortment: MRO supplies for facilities, clinics and warehouses.
// One row per product; a price is a unit price, or quantity price breaks [quantity, price].

export type Prices = number | Array<[number, number]>;

export interface ProductRow {
  id: string;
  name: string;
  category: string;
  prices: Prices | null;
  unit: string;
  brand: string;
  description: string;
  xp?: Record<string, unknown>;
  supplier?: string;
  active?: boolean;
}

const row = (
  id: string,
  name: string,
  category: string,
  prices: Prices | null,
  unit: string,
  brand: string,
  description: string,
  extra: Partial<ProductRow> = {},
): ProductRow => ({ id, name, category, prices, unit, brand, description, ...extra });

const RIDGELINE = { supplier: 'ridgeline-safety' };

export const CORE_PRODUCTS: ProductRow[] = [
  row('nitrile-exam-gloves', 'Nitrile Exam Gloves, Powder-Free', 'gloves', [[1, 12.99], [10, 11.49], [50, 9.99]], 'Box of 100', 'Ridgeline', 'Latex-free 4 mil nitrile gloves for exam, lab and food service.', { xp: { Color: 'Blue', Certifications: ['FDA 510(k)', 'ASTM D6319'] }, ...RIDGELINE }),
  row('cut-resistant-gloves', 'Cut-Resistant Work Gloves, ANSI A4', 'gloves', [[1, 8.75], [12, 7.9]], 'Pair', 'Ridgeline', 'HPPE shell with nitrile palm coating for sheet metal and glass handling.', { xp: { Color: 'Gray', CutLevel: 'A4' }, ...RIDGELINE }),
  row('leather-driver-gloves', 'Leather Driver Gloves', 'gloves', 6.4, 'Pair', 'Ridgeline', 'Grain cowhide with keystone thumb for drivers and general handling.', { xp: { Color: 'Tan' }, ...RIDGELINE }),
  row('safety-glasses-clear', 'Safety Glasses, Clear Anti-Fog', 'eye-protection', [[1, 4.25], [12, 3.6], [144, 2.95]], 'Each', 'Ridgeline', 'Wraparound polycarbonate lens, ANSI Z87.1+ rated.', { xp: { Color: 'Clear', Certifications: ['ANSI Z87.1+'] }, ...RIDGELINE }),
  row('safety-goggles-indirect', 'Chemical Splash Goggles', 'eye-protection', 9.8, 'Each', 'Ridgeline', 'Indirect-vent goggles that fit over prescription glasses.', { xp: { Color: 'Clear' }, ...RIDGELINE }),
  row('face-shield-kit', 'Face Shield with Ratchet Headgear', 'eye-protection', 18.5, 'Each', 'Ridgeline', 'Replaceable 8 in. visor for grinding and chemical handling.', RIDGELINE),
  row('hi-vis-vest-class2', 'Hi-Vis Safety Vest, ANSI Class 2', 'hi-vis', [[1, 11.25], [25, 9.5]], 'Each', 'Ridgeline', 'Breathable mesh vest with 2 in. reflective tape and zipper front.', { xp: { Color: 'Lime', Certifications: ['ANSI/ISEA 107'] }, ...RIDGELINE }),
  row('hi-vis-rain-jacket', 'Hi-Vis Rain Jacket, Class 3', 'hi-vis', 54.0, 'Each', 'Ridgeline', 'Waterproof shell with packable hood for outdoor crews.', { xp: { Color: 'Orange' }, ...RIDGELINE }),
  row('ear-plugs-corded', 'Corded Foam Ear Plugs, NRR 29', 'hearing', [[1, 32.0], [5, 28.5]], 'Box of 100 pairs', 'Ridgeline', 'Individually bagged corded plugs for shared work areas.', RIDGELINE),
  row('earmuffs-over-head', 'Over-the-Head Earmuffs, NRR 25', 'hearing', 21.9, 'Each', 'Ridgeline', 'Adjustable headband with soft ear cushions.', RIDGELINE),
  row('all-purpose-cleaner', 'All-Purpose Cleaner Concentrate', 'cleaning-chemicals', [[1, 18.4], [4, 16.2]], '1 Gallon', 'BrightLine', 'Dilutes 1:64 for floors, walls and counters. Green Seal certified.', { xp: { Hazmat: false, Scent: 'Citrus', Certifications: ['Green Seal GS-37'] } }),
  row('glass-cleaner', 'Streak-Free Glass Cleaner', 'cleaning-chemicals', 5.75, '32 oz Spray', 'BrightLine', 'Ammonia-free formula for glass, mirrors and stainless steel.', { xp: { Hazmat: false } }),
  row('disinfectant-wipes', 'Disinfectant Wipes, EPA Registered', 'cleaning-chemicals', [[1, 7.95], [12, 6.99]], 'Canister of 80', 'BrightLine', 'Kills 99.9% of bacteria and viruses on hard surfaces in 2 minutes.', { xp: { Hazmat: false, Scent: 'Fresh' } }),
  row('floor-stripper', 'Heavy-Duty Floor Stripper', 'cleaning-chemicals', 34.5, '1 Gallon', 'BrightLine', 'Removes multiple layers of finish from VCT and terrazzo.', { xp: { Hazmat: true } }),
  row('degreaser-industrial', 'Industrial Degreaser', 'cleaning-chemicals', 27.8, '1 Gallon', 'BrightLine', 'Cuts grease and oil on shop floors and equipment.', { xp: { Hazmat: true } }),
  row('paper-towels-multifold', 'Multifold Paper Towels', 'paper-products', [[1, 38.0], [10, 34.5]], 'Case of 4000', 'Cascade Basics', 'Two-panel towels for standard multifold dispensers.', { xp: { Color: 'White', RecycledContent: 40 } }),
  row('toilet-tissue-2ply', 'Toilet Tissue, 2-Ply', 'paper-products', [[1, 52.0], [10, 47.5]], 'Case of 96 rolls', 'Cascade Basics', 'Standard rolls, 500 sheets each.', { xp: { Color: 'White', RecycledContent: 20 } }),
  row('facial-tissue', 'Facial Tissue, Flat Box', 'paper-products', 29.9, 'Case of 30 boxes', 'Cascade Basics', 'Soft 2-ply tissue for offices and waiting rooms.'),
  row('trash-liners-33gal', 'Trash Liners, 33 Gallon', 'trash-liners', [[1, 24.5], [10, 21.75]], 'Case of 250', 'Cascade Basics', '1.3 mil low-density liners for office and breakroom bins.', { xp: { Color: 'Black' } }),
  row('trash-liners-55gal', 'Heavy-Duty Trash Liners, 55 Gallon', 'trash-liners', 36.9, 'Case of 100', 'Cascade Basics', '2 mil contractor-grade liners for construction debris.', { xp: { Color: 'Black' } }),
  row('recycling-liners-clear', 'Clear Recycling Liners, 44 Gallon', 'trash-liners', 31.2, 'Case of 150', 'Cascade Basics', 'Clear liners so recyclables can be checked at a glance.', { xp: { Color: 'Clear' } }),
  row('shipping-box-12x12x12', 'Corrugated Shipping Box, 12x12x12', 'boxes', [[1, 1.45], [25, 1.2], [100, 0.98]], 'Each', 'PackRight', '32 ECT single-wall box, ships flat.', { xp: { Dimensions: '12x12x12' } }),
  row('shipping-box-18x12x6', 'Corrugated Shipping Box, 18x12x6', 'boxes', [[1, 1.3], [25, 1.05], [100, 0.85]], 'Each', 'PackRight', '32 ECT single-wall box for flat goods.', { xp: { Dimensions: '18x12x6' } }),
  row('mailer-envelope-padded', 'Padded Mailer Envelopes #4', 'boxes', 0.62, 'Each', 'PackRight', 'Bubble-lined kraft mailers, 9.5 x 14.5 in.'),
  row('packing-tape-clear', 'Clear Packing Tape, 2 in.', 'tape', [[1, 3.1], [36, 2.45]], 'Roll, 110 yd', 'PackRight', 'Hot-melt tape for cartons up to 65 lb.'),
  row('masking-tape', 'General Purpose Masking Tape', 'tape', 2.85, 'Roll, 60 yd', 'PackRight', 'Clean removal for painting and labeling.'),
  row('floor-marking-tape', 'Floor Marking Tape, Yellow', 'tape', 14.75, 'Roll, 36 yd', 'PackRight', 'Abrasion-resistant vinyl tape for aisles and hazards.', { xp: { Color: 'Yellow' } }),
  row('stretch-wrap-roll', 'Stretch Wrap Film, 18 in.', 'protective', [[4, 22.0], [16, 19.5]], 'Roll', 'PackRight', 'Cast film for pallet loads. Sold in packs of 4 or 16 rolls.'),
  row('bubble-wrap-roll', 'Bubble Cushioning Roll', 'protective', 26.4, 'Roll, 12 in. x 175 ft', 'PackRight', 'Perforated every 12 in. for fragile items.'),
  row('claw-hammer-16oz', 'Claw Hammer, 16 oz', 'hand-tools', 17.9, 'Each', 'Ironclad', 'Fiberglass handle with anti-vibration grip.'),
  row('screwdriver-set-10', 'Screwdriver Set, 10 Piece', 'hand-tools', 24.5, 'Set', 'Ironclad', 'Phillips and slotted drivers with magnetic tips.'),
  row('adjustable-wrench-10', 'Adjustable Wrench, 10 in.', 'hand-tools', 15.4, 'Each', 'Ironclad', 'Chrome vanadium with laser-etched scale.'),
  row('utility-knife-retractable', 'Retractable Utility Knife', 'hand-tools', [[1, 7.25], [12, 6.1]], 'Each', 'Ironclad', 'Auto-retracting blade for box opening, with 5 spare blades.'),
  row('tape-measure-25ft', 'Tape Measure, 25 ft', 'hand-tools', 12.6, 'Each', 'Ironclad', 'Magnetic hook and 1 in. wide blade.'),
  row('wood-screws-assorted', 'Assorted Wood Screws Kit', 'fasteners', 19.95, 'Kit of 500', 'Ironclad', 'Zinc-plated screws in 12 common sizes.'),
  row('anchors-drywall', 'Drywall Anchors with Screws', 'fasteners', [[1, 8.4], [10, 7.2]], 'Pack of 100', 'Ironclad', 'Self-drilling anchors rated to 50 lb.'),
  row('zip-ties-11in', 'Cable Zip Ties, 11 in.', 'fasteners', 6.5, 'Pack of 100', 'Ironclad', 'UV-resistant nylon, 50 lb tensile strength.', { xp: { Color: 'Black' } }),
  row('copy-paper-case', 'Copy Paper, Letter, 20 lb', 'office-paper', [[1, 44.9], [5, 41.5], [20, 38.0]], 'Case of 10 reams', 'Cascade Basics', '92 bright multipurpose paper for copiers and printers.', { xp: { Color: 'White', RecycledContent: 30 } }),
  row('legal-pads', 'Writing Pads, Legal Ruled', 'office-paper', 11.4, 'Pack of 12', 'Cascade Basics', '50-sheet perforated pads, 8.5 x 11.75 in.', { xp: { Color: 'Canary' } }),
  row('shipping-labels-4x6', 'Thermal Shipping Labels, 4x6', 'office-paper', 21.0, 'Roll of 250', 'PackRight', 'Direct thermal labels for warehouse printers.'),
  row('coffee-dark-roast', 'Dark Roast Ground Coffee', 'breakroom', 13.5, '2 lb Bag', 'Summit Roasters', 'Full-bodied blend for office brewers.'),
  row('hot-cups-12oz', 'Insulated Hot Cups, 12 oz', 'breakroom', [[1, 42.0], [5, 38.75]], 'Case of 1000', 'Cascade Basics', 'Double-wall paper cups, lids sold separately.'),
  row('hand-soap-foam', 'Foaming Hand Soap Refill', 'breakroom', 9.9, '1000 mL Cartridge', 'BrightLine', 'Mild, dye-free formula for touch-free dispensers.', { xp: { Scent: 'Unscented' } }),
  row('first-aid-kit-50', 'First Aid Kit, 50 Person', 'hearing', 64.0, 'Kit', 'Ridgeline', 'ANSI Class A kit in a wall-mountable metal case.', RIDGELINE),
  row('legacy-dust-mask', 'Dust Mask, Non-Rated (Discontinued)', 'eye-protection', 5.0, 'Box of 50', 'Ridgeline', 'Replaced by NIOSH-rated respirators.', { active: false, ...RIDGELINE }),
  row('custom-safety-signage', 'Custom Safety Signage', 'hi-vis', null, 'Each', 'Ridgeline', 'Made to order; priced per quote by your account manager.', RIDGELINE),
];

/** In no catalog yet: the seller sees it, no buyer does. */
export const UNLISTED_PRODUCTS: ProductRow[] = [
  row('pallet-jack-5500', 'Manual Pallet Jack, 5500 lb', 'tools', 389.0, 'Each', 'Ironclad', 'Pending review by the catalog team before it is listed.'),
];

/** Contract items in Summit Facilities Group's own catalog. */
export const SUMMIT_PRODUCTS: ProductRow[] = [
  row('summit-branded-hardhat', 'Hard Hat with Summit Logo', 'contract-items', [[1, 24.0], [20, 21.5]], 'Each', 'Ridgeline', 'Type I Class E hard hat, pad-printed with the Summit Facilities logo.', { xp: { Color: 'White' }, ...RIDGELINE }),
  row('summit-uniform-polo', 'Technician Polo with Summit Logo', 'contract-items', 28.0, 'Each', 'Cascade Basics', 'Moisture-wicking polo, embroidered left chest.', { xp: { Color: 'Navy' } }),
  row('summit-work-order-forms', 'Work Order Forms, 3-Part', 'contract-items', 89.0, 'Box of 500', 'Cascade Basics', 'Carbonless forms printed with Summit work order numbering.'),
];

/** Clinic supplies in Lakeside Medical Clinics' own catalog. */
export const LAKESIDE_PRODUCTS: ProductRow[] = [
  row('exam-table-paper', 'Exam Table Paper, Crepe', 'clinic-supplies', [[1, 48.0], [6, 44.0]], 'Case of 12 rolls', 'Cascade Basics', '21 in. x 125 ft crepe-finish table paper.'),
  row('sharps-container-2gal', 'Sharps Container, 2 Gallon', 'clinic-supplies', 8.9, 'Each', 'Ridgeline', 'Puncture-resistant container with horizontal drop lid.', RIDGELINE),
];

export const CATEGORY_TREE: Array<[id: string, name: string, parent: string | null]> = [
  ['safety', 'Safety & PPE', null],
  ['gloves', 'Gloves', 'safety'],
  ['eye-protection', 'Eye & Face Protection', 'safety'],
  ['hi-vis', 'High-Visibility Apparel', 'safety'],
  ['hearing', 'Hearing Protection & First Aid', 'safety'],
  ['janitorial', 'Janitorial & Sanitation', null],
  ['cleaning-chemicals', 'Cleaning Chemicals', 'janitorial'],
  ['paper-products', 'Paper Products', 'janitorial'],
  ['trash-liners', 'Trash Liners', 'janitorial'],
  ['packaging', 'Packaging & Shipping', null],
  ['boxes', 'Boxes & Mailers', 'packaging'],
  ['tape', 'Tape', 'packaging'],
  ['protective', 'Protective Packaging', 'packaging'],
  ['tools', 'Tools & Hardware', null],
  ['hand-tools', 'Hand Tools', 'tools'],
  ['fasteners', 'Fasteners', 'tools'],
  ['office', 'Office & Breakroom', null],
  ['office-paper', 'Paper & Labels', 'office'],
  ['breakroom', 'Breakroom', 'office'],
];
