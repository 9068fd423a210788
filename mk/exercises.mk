# Graded exercises: the nbgrader course in exercises/ (course id nn-backprop). Each assignment is
# a folder exercises/<assignment>/ with a manifest.toml; ASSIGNMENT=name picks one when there are
# several. Every target calls exercises/course.py, which drives nbgrader's own CLI.
.PHONY: exercises-source student-notebooks release collect autograde feedback return-feedback grades validate test-exercises bench-autograde bench-checker report lesson-notebooks

ASSIGNMENT ?=
COURSE_CLI := $(BIN)/python exercises/course.py $(if $(ASSIGNMENT),--assignment $(ASSIGNMENT))
# The exchange shared with students: NN_BACKPROP_EXCHANGE=/srv/nbgrader/exchange if set, else a
# site-wide nbgrader config's Exchange.root (a JupyterHub's), else exercises/.exchange.
ifdef NN_BACKPROP_EXCHANGE
export NN_BACKPROP_EXCHANGE
endif
JOBS ?=
GRADES ?= grades.csv

exercises-source: venv ## Rebuild exercises/source/<assignment>/*.ipynb from the readable files in exercises/<assignment>/
	@cd exercises && $(BIN)/python -m nngrade.build $(ASSIGNMENT)

student-notebooks: venv ## Generate the student version into exercises/release/<assignment>/ (scanned for leaks)
	@$(COURSE_CLI) generate

release: student-notebooks ## Release the assignment to the exchange (NN_BACKPROP_EXCHANGE, else the site config's, else exercises/.exchange)
	@$(COURSE_CLI) release

collect: venv ## Collect the students' submissions from the exchange into exercises/submitted/
	@$(COURSE_CLI) collect

autograde: venv ## Autograde every submission (parallel, one process per student; JOBS=n) and print the summary
	@$(COURSE_CLI) autograde $(if $(JOBS),--jobs $(JOBS))

feedback: venv ## Generate HTML feedback into exercises/feedback/ (no hidden tests, no raw outputs)
	@$(COURSE_CLI) feedback

return-feedback: venv ## Release the feedback to the exchange for students to fetch
	@$(COURSE_CLI) return

grades: venv ## Export all grades to CSV (GRADES=grades.csv)
	@$(COURSE_CLI) export --output $(GRADES)

validate: venv ## Check notebooks like a student would: make validate NB=path/to/part_a_collapse.ipynb
	@if [ -z "$(NB)" ]; then echo "Say which notebook(s) to check: make validate NB=path/to/part_a_collapse.ipynb (several: NB=\"a.ipynb b.ipynb\")"; exit 2; fi
	@$(COURSE_CLI) validate $(NB)

test-exercises: venv ## Run the exercises tests: answer key (fast) and the whole nbgrader workflow (slow, ~2-3 min)
	@$(BIN)/python -m pytest tests/exercises $(PYTEST_ARGS)

bench-autograde: venv ## Time autograde against a bare nbclient run, and 40 submissions sequential vs parallel
	@$(BIN)/python benchmarks/bench_autograde.py

bench-checker: venv ## Time the student's checker per notebook against a bare nbclient run, both whole commands (goal <= 1.5x; REPEATS=n)
	@$(BIN)/python benchmarks/bench_checker.py $(if $(REPEATS),--repeats $(REPEATS))

report: venv ## After autograde: the class misconception report, offline HTML (exercises/reports/<assignment>.html)
	@cd exercises && $(BIN)/python -m nngrade.report $(ASSIGNMENT)

lesson-notebooks: venv ## The lessons as executed .ipynb downloads, MyST markup rendered (_build/lesson-notebooks/)
	@$(BIN)/python scripts/lesson_notebooks.py
