import { useMemo, useState } from 'react';
import { SearchField, Input, Label } from 'react-aria-components';
import type {
  CatalogAccess,
  CatalogOverview,
  CatalogSection,
  OperationSummary,
} from '../../preload/contract';
import { forgetImportedCatalog, useIsImportedCatalog } from './imported-catalogs';
import { MethodBadge } from './MethodBadge';

interface CatalogTreeProps {
  catalog: CatalogOverview;
  access?: CatalogAccess;
  /** Buyers and suppliers live in "Me and My Stuff": show it first for them. */
  preferMe: boolean;
  selectedOperationId?: string;
  onSelect: (operation: OperationSummary) => void;
}

/** Sections → resources → operations, with method badges, a filter, and what this token may call. */
export function CatalogTree({
  catalog,
  access,
  preferMe,
  selectedOperationId,
  onSelect,
}: CatalogTreeProps) {
  const [filter, setFilter] = useState('');
  const [openSections, setOpenSections] = useState<Set<string>>(() => new Set());

  const sections = useMemo(
    () => filterSections(order(catalog.sections, preferMe), filter),
    [catalog, preferMe, filter],
  );
  const filtering = filter.trim().length > 0;

  const toggle = (id: string) =>
    setOpenSections((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <nav className="catalog" aria-label="API catalog">
      <SearchField
        className="catalog-filter"
        value={filter}
        onChange={setFilter}
        aria-label="Filter operations"
      >
        <Label className="visually-hidden">Filter operations</Label>
        <Input placeholder="Filter operations   (Ctrl+K to jump)" />
      </SearchField>
      <p className="catalog-meta">
        {catalog.title} · v{catalog.version} · {catalog.operationCount} operations
        {catalog.source === 'file' && <ImportedNote catalogId={catalog.catalogId} />}
      </p>
      <ul className="catalog-sections">
        {sections.map((section) => {
          const open =
            filtering ||
            openSections.has(section.id) ||
            section.resources.some((r) => r.operations.some((o) => o.id === selectedOperationId));
          return (
            <li key={section.id}>
              <button
                type="button"
                className="catalog-section"
                aria-expanded={open}
                onClick={() => toggle(section.id)}
              >
                <span className="chevron" aria-hidden="true">
                  {open ? '▾' : '▸'}
                </span>
                {section.name}
              </button>
              {open && (
                <ul className="catalog-resources" aria-label={section.name}>
                  {section.resources.map((resource) => (
                    <li key={resource.name}>
                      <span className="catalog-resource">{resource.name}</span>
                      <ul className="catalog-operations" aria-label={resource.name}>
                        {resource.operations.map((operation) => (
                          <li key={operation.id}>
                            <OperationButton
                              operation={operation}
                              missing={access?.missing[operation.id]}
                              selected={operation.id === selectedOperationId}
                              onSelect={onSelect}
                            />
                          </li>
                        ))}
                      </ul>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ul>
      {sections.length === 0 && <p className="empty-note">No operation matches “{filter}”.</p>}
    </nav>
  );
}

/** An imported spec says so, with the way back to the API's own. */
function ImportedNote({ catalogId }: { catalogId: string }) {
  const replacing = useIsImportedCatalog(catalogId);
  return (
    <>
      {' · from a file'}
      {replacing && (
        <>
          {' · '}
          <button
            type="button"
            className="catalog-meta-action"
            onClick={() => forgetImportedCatalog(catalogId)}
          >
            Use the API's spec
          </button>
        </>
      )}
    </>
  );
}

interface OperationButtonProps {
  operation: OperationSummary;
  missing?: string[];
  selected: boolean;
  onSelect: (operation: OperationSummary) => void;
}

function OperationButton({ operation, missing, selected, onSelect }: OperationButtonProps) {
  const denied = missing !== undefined;
  const why = denied
    ? `Your roles cannot call this; it needs one of: ${missing.join(', ')}`
    : undefined;
  return (
    <button
      type="button"
      className="catalog-operation"
      data-selected={selected || undefined}
      data-access={denied ? 'denied' : 'allowed'}
      aria-current={selected || undefined}
      aria-description={why}
      title={why ?? `${operation.method} ${operation.path}`}
      onClick={() => onSelect(operation)}
    >
      <MethodBadge method={operation.method} />
      <span className="operation-summary">{operation.summary || operation.id}</span>
      {denied && (
        <svg className="operation-lock" viewBox="0 0 16 16" aria-hidden="true">
          <path d="M4.5 7V5a3.5 3.5 0 0 1 7 0v2M3.5 7h9v7h-9z" />
        </svg>
      )}
    </button>
  );
}

function order(sections: CatalogSection[], preferMe: boolean): CatalogSection[] {
  if (!preferMe) return sections;
  return [...sections.filter((s) => s.meAndMyStuff), ...sections.filter((s) => !s.meAndMyStuff)];
}

function filterSections(sections: CatalogSection[], filter: string): CatalogSection[] {
  const words = filter.toLowerCase().split(/\s+/).filter(Boolean);
  if (!words.length) return sections;
  const matches = (operation: OperationSummary) => {
    const text =
      `${operation.method} ${operation.path} ${operation.summary} ${operation.id}`.toLowerCase();
    return words.every((word) => text.includes(word));
  };
  return sections
    .map((section) => ({
      ...section,
      resources: section.resources
        .map((resource) => ({ ...resource, operations: resource.operations.filter(matches) }))
        .filter((resource) => resource.operations.length > 0),
    }))
    .filter((section) => section.resources.length > 0);
}
