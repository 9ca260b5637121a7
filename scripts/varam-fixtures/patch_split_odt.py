"""lo-ruled-split-rows: the LO ruled table with a taller first header row, so
that LO's pagination splits measure rows 1.4 and 3.3 across page breaks (the
continuation printed under the repeated header on the next page)."""
import sys, zipfile
src, dst = sys.argv[1], sys.argv[2]
zin = zipfile.ZipFile(src); s = zin.read("content.xml").decode("utf-8")
s = s.replace("<table:table-header-rows><table:table-row>",
              '<table:table-header-rows><table:table-row table:style-name="HRX">', 1)
s = s.replace("</office:automatic-styles>",
              '<style:style style:name="HRX" style:family="table-row"><style:table-row-properties '
              'style:min-row-height="1.15in"/></style:style></office:automatic-styles>', 1)
z = zipfile.ZipFile(dst, "w")
for it in zin.infolist():
    z.writestr(it, s.encode("utf-8") if it.filename == "content.xml" else zin.read(it.filename),
               compress_type=zipfile.ZIP_STORED if it.filename == "mimetype" else zipfile.ZIP_DEFLATED)
z.close()
