package org.maturityadvisor.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.maturityadvisor.catalog.PracticeCatalog;
import org.maturityadvisor.ruleset.DetectorReader;
import org.maturityadvisor.ruleset.RuleFile;
import org.maturityadvisor.scan.Detector;
import org.maturityadvisor.scan.Detectors;

/**
 * A deterministic ML monorepo for the scan benchmark (issue 25, Deliver 6): python packages with their tests,
 * notebooks, CSV data (a few over the 1 MiB file limit), YAML configs and Kubernetes manifests, CI workflows,
 * Dockerfiles, docs, images, shell and SQL, plus what a scan must skip: a {@code .git} folder, {@code node_modules} and
 * a virtual environment. Sizes follow real repositories (source files of a few KiB, notebooks of tens of KiB). The
 * same count gives the same tree, byte for byte. {@code java ... ScanTrees DIR [FILES]} writes one.
 */
public final class ScanTrees {

    enum Kind { PY_SOURCE, PY_TEST, NOTEBOOK, CSV, YAML, MANIFEST, MARKDOWN, IMAGE, JSON, SHELL, SQL, GIT,
        NODE_MODULES, VENV }

    /** Files of each kind per 50,000 (the fixed files below make up the rest). */
    static final int[] SHARE = {14_000, 4_000, 600, 2_000, 3_500, 500, 3_000, 800, 1_500, 500, 500, 4_000, 12_000,
        3_058};

    private static final String[] IMPORTS = {"import os", "import json", "import logging", "import numpy as np",
        "import pandas as pd", "from pathlib import Path", "from typing import Any, Dict, List, Optional",
        "import torch", "from torch import nn", "from sklearn.model_selection import train_test_split",
        "from sklearn.metrics import roc_auc_score", "import yaml", "from dataclasses import dataclass"};
    private static final String[] SIGNALS = {"import mlflow\nmlflow.log_metric(\"auc\", auc)",
        "import wandb\nwandb.init(project=\"churn\")", "with DAG(\"nightly_features\", schedule=\"@daily\") as dag:",
        "from prefect import flow\n\n@flow\ndef pipeline():\n    pass",
        "validator.expect_column_values_to_not_be_null(\"id\")",
        "schema = pa.DataFrameSchema({\"id\": pa.Column(int)})", "mlflow.register_model(uri, \"churn\")",
        "report = Report(metrics=[DataDriftPreset()])", "@serve.deployment\nclass Model:\n    pass"};

    private ScanTrees() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : "target/scan-bench/tree-50000");
        int files = args.length > 1 ? Integer.parseInt(args[1]) : 50_000;
        System.out.println(generate(root, files));
    }

    /** Writes the tree under {@code root} unless a tree of this shape is already there; returns its summary. */
    public static Summary generate(Path root, int files) throws IOException {
        Path marker = root.resolve(".scan-trees-" + files);
        if (Files.exists(marker)) {
            return Summary.parse(Files.readString(marker));
        }
        Random random = new Random(25L * files);
        long bytes = 0;
        int written = 0;
        for (Kind kind : Kind.values()) {
            int count = (int) ((long) SHARE[kind.ordinal()] * files / 50_000);
            for (int i = 0; i < count; i++) {
                byte[] content = content(kind, i, random);
                Path file = root.resolve(path(kind, i));
                Files.createDirectories(file.getParent());
                Files.write(file, content);
                bytes += content.length;
                written++;
            }
        }
        List<String[]> fixed = fixed();
        for (String[] file : fixed) {
            Path path = root.resolve(file[0]);
            Files.createDirectories(path.getParent());
            byte[] content = file[1].getBytes(StandardCharsets.UTF_8);
            Files.write(path, content);
            bytes += content.length;
            written++;
        }
        Summary summary = new Summary(written, bytes);
        Files.writeString(marker, summary.toString());
        return summary;
    }

    /** How many files, and how many bytes in all. */
    public record Summary(int files, long bytes) {
        static Summary parse(String text) {
            String[] parts = text.strip().split(" ");
            return new Summary(Integer.parseInt(parts[0]), Long.parseLong(parts[2]));
        }

        @Override
        public String toString() {
            return files + " files, " + bytes + " bytes (" + bytes / (1024 * 1024) + " MiB)";
        }
    }

    /** The files an ML monorepo of this shape has once: CI, containers, pipelines, a chart, a model card. */
    private static List<String[]> fixed() {
        List<String[]> files = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            files.add(new String[] {".github/workflows/ci-" + i + ".yml", "name: ci " + i + "\non:\n  push:\n"
                    + "    branches: [main]\n  pull_request:\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n"
                    + "      - uses: actions/checkout@v4\n      - run: pip install -e .[test]\n      - run: pytest -q\n"});
        }
        for (int i = 0; i < 24; i++) {
            files.add(new String[] {"services/svc-" + i + "/Dockerfile", "FROM python:3.12-slim\nWORKDIR /app\n"
                    + "COPY . .\nRUN pip install --no-cache-dir -r requirements.txt\nCMD [\"python\", \"serve.py\"]\n"});
        }
        files.add(new String[] {".gitlab-ci.yml", "stages: [test]\ntest:\n  stage: test\n  script:\n    - pytest\n"});
        files.add(new String[] {"Jenkinsfile", "pipeline {\n  agent any\n  stages { stage('t') { steps { sh 'make' } } }\n}\n"});
        files.add(new String[] {"dvc.yaml", "stages:\n  prepare:\n    cmd: python prepare.py\n  train:\n"
                + "    cmd: python train.py\n    deps: [data/train.csv]\n    outs: [models/model.pkl]\n"});
        files.add(new String[] {"feature_store.yaml", "project: churn\nregistry: data/registry.db\nprovider: local\n"});
        files.add(new String[] {"charts/model/Chart.yaml", "apiVersion: v2\nname: model\nversion: 0.1.0\n"});
        files.add(new String[] {"MODEL_CARD.md", "# Churn model\n\n## Model details\n\nOwners: ml-team\n"});
        return files;
    }

    static String path(Kind kind, int i) {
        int pkg = i % 40;
        return switch (kind) {
            case PY_SOURCE -> "packages/pkg_" + pkg + "/src/pkg_" + pkg + "/" + sub(i) + "module_" + i + ".py";
            case PY_TEST -> "packages/pkg_" + pkg + "/tests/" + (i % 3 == 0 ? "unit/" : "") + "test_module_" + i + ".py";
            case NOTEBOOK -> "notebooks/" + (i % 12) + "/exploration_" + i + ".ipynb";
            case CSV -> "data/" + (i % 2 == 0 ? "raw" : "processed") + "/part_" + (i % 20) + "/table_" + i + ".csv";
            case YAML -> "configs/" + (i % 25) + "/experiment_" + i + ".yaml";
            case MANIFEST -> "deploy/k8s/" + (i % 10) + "/manifest_" + i + ".yaml";
            case MARKDOWN -> "docs/" + (i % 30) + "/page_" + i + ".md";
            case IMAGE -> "docs/img/figure_" + i + ".png";
            case JSON -> "configs/json/" + (i % 15) + "/settings_" + i + ".json";
            case SHELL -> "scripts/" + (i % 10) + "/run_" + i + ".sh";
            case SQL -> "sql/" + (i % 10) + "/query_" + i + ".sql";
            case GIT -> ".git/objects/" + String.format("%02x", i % 256) + "/" + Long.toHexString(i * 2654435761L);
            case NODE_MODULES -> "web/node_modules/pkg-" + (i % 600) + "/lib/file_" + i + (i % 4 == 0 ? ".json" : ".js");
            case VENV -> ".venv/lib/python3.12/site-packages/lib_" + (i % 150) + "/mod_" + i + ".py";
        };
    }

    private static String sub(int i) {
        return (i / 40) % 4 == 0 ? "" : "sub_" + (i / 40) % 4 + "/";
    }

    static byte[] content(Kind kind, int i, Random random) {
        String text = switch (kind) {
            case PY_SOURCE, VENV -> python(random, 1_500 + random.nextInt(10_000), i % 97 == 0);
            case PY_TEST -> pythonTest(random, 1_000 + random.nextInt(5_000));
            case NOTEBOOK -> notebook(random, i % 50 == 0 ? 1_500_000 : 10_000 + random.nextInt(90_000));
            case CSV -> csv(random, i % 200 == 0 ? 2_000_000 : 2_000 + random.nextInt(50_000));
            case YAML -> yaml(random, 300 + random.nextInt(3_000));
            case MANIFEST -> manifest(i);
            case MARKDOWN -> prose(random, 1_000 + random.nextInt(7_000));
            case JSON -> "{\"name\": \"s" + i + "\", \"values\": [" + "1, 2, 3, ".repeat(100 + random.nextInt(300))
                    + "4]}\n";
            case SHELL -> "#!/bin/sh\nset -eu\n" + "python -m pkg.run --config configs/x.yaml\n".repeat(5 + random.nextInt(40));
            case SQL -> "SELECT id, value FROM features WHERE day = :day;\n".repeat(10 + random.nextInt(80));
            case NODE_MODULES -> "'use strict';\nmodule.exports = function (a, b) { return a + b; };\n"
                    .repeat(10 + random.nextInt(100));
            case IMAGE, GIT -> null;
        };
        return text == null ? binary(random, 2_000 + random.nextInt(30_000)) : text.getBytes(StandardCharsets.UTF_8);
    }

    private static String python(Random random, int size, boolean signal) {
        StringBuilder out = new StringBuilder(size + 300);
        for (int k = 0; k < 4 + random.nextInt(6); k++) {
            out.append(IMPORTS[random.nextInt(IMPORTS.length)]).append('\n');
        }
        if (signal) {
            out.append(SIGNALS[random.nextInt(SIGNALS.length)]).append('\n');
        }
        int n = 0;
        while (out.length() < size) {
            out.append("\n\ndef transform_").append(n++)
                    .append("(frame: pd.DataFrame, column: str = \"value\") -> pd.DataFrame:\n")
                    .append("    \"\"\"Scale one column of the frame and drop the rows it cannot read.\"\"\"\n")
                    .append("    scaled = (frame[column] - frame[column].mean()) / frame[column].std()\n")
                    .append("    logger.info(\"scaled %s with %d rows\", column, len(frame))\n")
                    .append("    return frame.assign(**{column: scaled}).dropna()\n");
        }
        return out.toString();
    }

    private static String pythonTest(Random random, int size) {
        StringBuilder out = new StringBuilder(size + 200).append("import pytest\nimport pandas as pd\n\n");
        int n = 0;
        while (out.length() < size) {
            out.append("\ndef test_transform_").append(n++).append("():\n")
                    .append("    frame = pd.DataFrame({\"value\": [1.0, 2.0, 3.0]})\n")
                    .append("    assert transform(frame).shape[0] == ").append(random.nextInt(4)).append('\n');
        }
        return out.toString();
    }

    private static String notebook(Random random, int size) {
        StringBuilder out = new StringBuilder(size + 600).append("{\n \"cells\": [\n");
        while (out.length() < size) {
            out.append("  {\"cell_type\": \"code\", \"source\": [\"df = pd.read_csv('data/raw/table.csv')\\n\", "
                    + "\"df.describe()\"], \"outputs\": [{\"data\": {\"image/png\": \"");
            for (int k = 0; k < 400; k++) {
                out.append((char) ('A' + random.nextInt(26)));
            }
            out.append("\"}}]},\n");
        }
        return out.append(" ]\n}\n").toString();
    }

    private static String csv(Random random, int size) {
        StringBuilder out = new StringBuilder(size + 100).append("id,feature_a,feature_b,label\n");
        int row = 0;
        while (out.length() < size) {
            out.append(row++).append(',').append(random.nextInt(1000)).append('.').append(random.nextInt(100))
                    .append(',').append(random.nextInt(50)).append(',').append(random.nextInt(2)).append('\n');
        }
        return out.toString();
    }

    private static String yaml(Random random, int size) {
        StringBuilder out = new StringBuilder(size + 100).append("experiment:\n  name: churn\n  params:\n");
        while (out.length() < size) {
            out.append("    learning_rate_").append(random.nextInt(100)).append(": 0.0").append(random.nextInt(10))
                    .append('\n');
        }
        return out.toString();
    }

    private static String manifest(int i) {
        return switch (i % 5) {
            case 0 -> "apiVersion: serving.kserve.io/v1beta1\nkind: InferenceService\nmetadata:\n  name: churn-" + i
                    + "\nspec:\n  predictor:\n    canaryTrafficPercent: 10\n";
            case 1 -> "apiVersion: argoproj.io/v1alpha1\nkind: Rollout\nmetadata:\n  name: api-" + i
                    + "\nspec:\n  strategy:\n    canary:\n      steps:\n        - setWeight: 20\n";
            default -> "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: svc-" + i
                    + "\nspec:\n  replicas: 2\n  template:\n    spec:\n      containers:\n        - name: app\n";
        };
    }

    private static String prose(Random random, int size) {
        StringBuilder out = new StringBuilder(size + 100).append("# Page\n\n");
        while (out.length() < size) {
            out.append("The model is retrained weekly on the newest data and compared with the one in production. ");
            if (random.nextInt(8) == 0) {
                out.append("\n\n");
            }
        }
        return out.toString();
    }

    private static byte[] binary(Random random, int size) {
        byte[] bytes = new byte[size];
        random.nextBytes(bytes);
        bytes[0] = (byte) 0x89;
        bytes[1] = 0;
        return bytes;
    }

    /**
     * The detectors of a table, repeated (each copy under a new id) until there are at least {@code atLeast}: the cost
     * of a grown table with the same mix of globs and patterns.
     */
    public static Detectors detectors(Path table, PracticeCatalog catalog, int atLeast) throws IOException {
        Detectors read = DetectorReader.read(new RuleFile(DetectorReader.FILE, Files.readAllBytes(table)), catalog);
        List<Detector> all = new ArrayList<>(read.all());
        for (int copy = 2; all.size() < atLeast; copy++) {
            for (Detector d : read.all()) {
                if (all.size() < atLeast) {
                    all.add(new Detector(d.id() + "-copy" + copy, d.practice(), d.value(), d.rank(), d.path(),
                            d.pattern(), d.shows(), d.ecosystems()));
                }
            }
        }
        return new Detectors(all);
    }
}
