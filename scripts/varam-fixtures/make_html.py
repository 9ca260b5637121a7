import render_html as R
V = {
  "lo-ruled":            dict(ruled=True,  font="Liberation Sans", landscape=True),
  "lo-unruled":          dict(ruled=False, font="Liberation Sans", landscape=True),
  "chromium-ruled":      dict(ruled=True,  font="DejaVu Serif", landscape=False, size="8pt"),
  "chromium-unruled":    dict(ruled=False, font="DejaVu Serif", landscape=False, size="8pt"),
  "chromium-sideways-header": dict(ruled=True, font="Liberation Sans", landscape=True, sideways=True),
  "weasyprint":          dict(ruled=True,  font="Liberation Serif", landscape=True, size="9pt"),
}
for name, kw in V.items():
    open(f"build/{name}.html", "w", encoding="utf-8").write(R.page_html(**kw))
open("in/plan.txt", "w", encoding="utf-8").write(R.tab_text() + "\n")
