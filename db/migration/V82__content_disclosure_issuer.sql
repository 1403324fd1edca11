-- 发布机构 not of this city: a disclosure item may republish a document another government
-- issued (a province's plan, a neighbouring city's rules kept for reference). It is held and
-- numbered (索引号) by one of our units, but the catalogue names the body that issued it.
-- NULL: the holding unit issued it itself.
ALTER TABLE content_disclosure_revision
    ADD COLUMN issuer TEXT CHECK (length(issuer) BETWEEN 1 AND 100);
