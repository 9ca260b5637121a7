"""Make the column-header cells of an LO-converted ODT vertical (bt-lr) so LO
prints them sideways; the body stays as it is."""
import re, sys, zipfile, shutil
src, dst = sys.argv[1], sys.argv[2]
zin = zipfile.ZipFile(src)
s = zin.read("content.xml").decode("utf-8")
# new cell style: C1 plus writing mode
m = re.search(r'<style:style style:name="Table1\.C1" style:family="table-cell">(.*?)</style:style>', s)
props = m.group(1).replace('<style:table-cell-properties ', '<style:table-cell-properties style:writing-mode="bt-lr" ')
new = '<style:style style:name="Table1.V" style:family="table-cell">%s</style:style>' % props
new += ('<style:style style:name="Table1.HR1" style:family="table-row"><style:table-row-properties '
        'style:min-row-height="0.3in"/></style:style>'
        '<style:style style:name="Table1.HR2" style:family="table-row"><style:table-row-properties '
        'style:min-row-height="0.85in"/></style:style>')
s = s.replace(m.group(0), m.group(0) + new, 1)
# header rows: every table-cell in <table:table-header-rows> except the first two
# (Pasākuma nosaukums, Atbildīgā institūcija) gets the vertical style
i, j = s.index("<table:table-header-rows>"), s.index("</table:table-header-rows>")
hdr = s[i:j]
cells = list(re.finditer(r'<table:table-cell table:style-name="(Table1\.[A-Z]\d)"', hdr))
out, last = [], 0
for k, c in enumerate(cells):
    if k in (0, 1):
        continue
    out.append(hdr[last:c.start(1)])
    out.append("Table1.V")
    last = c.end(1)
out.append(hdr[last:])
hdr = "".join(out)
hdr = hdr.replace("<table:table-row>", '<table:table-row table:style-name="Table1.HR1">', 1)
hdr = hdr.replace("<table:table-row>", '<table:table-row table:style-name="Table1.HR2">', 1)
s = s[:i] + hdr + s[j:]
zout = zipfile.ZipFile(dst, "w")
for it in zin.infolist():
    data = s.encode("utf-8") if it.filename == "content.xml" else zin.read(it.filename)
    zout.writestr(it, data, compress_type=zipfile.ZIP_STORED if it.filename == "mimetype" else zipfile.ZIP_DEFLATED)
zout.close()
