"""The engine's errors in the user's language: each code's template, translated, filled with its values.

The engine raises errors that carry a :class:`~visualnet.engine.errors.Message` (a code and its
values) and reads in English for scripts; here every code has its template again, literally, so
Qt's lupdate collects them (context "EngineError") and the Chinese translation covers them. Values
are formatted as the template says (``{m:,}`` groups digits), byte sizes in the user's words, and a
message inside a message (a reason, a phrase) is said the same way. ``tests/app/test_error_texts.py``
keeps this table in step with the engine's.
"""
from __future__ import annotations

import string
from pathlib import PurePath
from typing import Any

from PySide6.QtCore import QCoreApplication

from ..engine.errors import Bytes, Message, VisualnetError, format_bytes
from .processes.messages import Failed, TaskFailure


def templates() -> dict[str, str]:
    """Every code the engine can say, as a template in the current language."""
    return {
        "architecture.activation_count": QCoreApplication.translate(
            "EngineError", "{L} layer(s) after the input need {L} activations, got {count}"),
        "architecture.activation_count_for": QCoreApplication.translate(
            "EngineError", "{L} layers need {L} activations, got {count}"),
        "architecture.activations_not_list": QCoreApplication.translate(
            "EngineError", "give one activation per layer, as a list, e.g. ['relu', 'sigmoid']"),
        "architecture.dtype": QCoreApplication.translate(
            "EngineError", "dtype must be float32 or float64, not {dtype}"),
        "architecture.loss_output": QCoreApplication.translate(
            "EngineError", "{loss} needs a {needed} output layer, but the output layer uses {output_activation}"),
        "architecture.m": QCoreApplication.translate(
            "EngineError", "the number of examples m must be a whole number ≥ 1, got {m!r}"),
        "architecture.output_only": QCoreApplication.translate(
            "EngineError", "{g} can only be the output activation, not g[{l}]"),
        "architecture.seed": QCoreApplication.translate(
            "EngineError", "the seed must be a whole number from 0 to 2**32 - 1, got {seed!r}"),
        "architecture.size_not_whole": QCoreApplication.translate(
            "EngineError", "n[{l}] = {n!r} is not a whole number; layer sizes count units"),
        "architecture.size_zero": QCoreApplication.translate(
            "EngineError", "n[{l}] = {n} must be at least 1: a layer needs a unit"),
        "architecture.sizes_not_list": QCoreApplication.translate(
            "EngineError", "layer sizes must be a list such as [n_x, n1, ..., nL]"),
        "architecture.softmax_mse": QCoreApplication.translate(
            "EngineError", "a softmax output needs the categorical cross-entropy loss, not mean squared error"),
        "architecture.softmax_units": QCoreApplication.translate(
            "EngineError", "a softmax output needs at least 2 units (one per class)"),
        "architecture.too_few_layers": QCoreApplication.translate(
            "EngineError", "a network needs at least an input and an output layer: [n_x, ..., n[L]] needs 2 "
            "entries or more, got {count}"),
        "architecture.unknown_activation": QCoreApplication.translate(
            "EngineError", "unknown activation {name!r}; choose one of: {choices}"),
        "architecture.unknown_initialization": QCoreApplication.translate(
            "EngineError", "unknown initialization {init!r}; choose one of: {choices}"),
        "architecture.unknown_loss": QCoreApplication.translate(
            "EngineError", "unknown loss {name!r}; choose one of: {choices}"),
        "architecture.unknown_optimizer": QCoreApplication.translate(
            "EngineError", "unknown optimizer {name!r}; choose one of: {choices}"),
        "config.beta": QCoreApplication.translate("EngineError", "the β values must be in [0, 1)"),
        "config.lambd": QCoreApplication.translate("EngineError", "the L2 strength λ must be ≥ 0, got {value}"),
        "config.learning_rate": QCoreApplication.translate(
            "EngineError", "the learning rate α must be a positive number, got {value}"),
        "config.mini_batch_size": QCoreApplication.translate(
            "EngineError", "the mini-batch size must be a whole number ≥ 1, got {value}"),
        "config.num_iterations": QCoreApplication.translate(
            "EngineError", "the number of iterations must be a whole number ≥ 0, got {value}"),
        "config.record_every": QCoreApplication.translate(
            "EngineError", "record_every must be a whole number ≥ 1, got {value}"),
        "csv.bad_cell": QCoreApplication.translate(
            "EngineError", "{path}, line {line}, column {number}{named} {problem}; every feature cell must be a "
            "number"),
        "csv.binary": QCoreApplication.translate(
            "EngineError", "{path} is damaged or is not a CSV text file (it holds binary data); save it from the "
            "spreadsheet as \"CSV UTF-8\""),
        "csv.cell_empty": QCoreApplication.translate("EngineError", "is empty"),
        "csv.cell_not_number": QCoreApplication.translate(
            "EngineError", "holds {cell!r}, which is not a finite number"),
        "csv.column_name": QCoreApplication.translate("EngineError", " ({name!r})"),
        "csv.decimal_comma": QCoreApplication.translate(
            "EngineError", "{problem} (write the decimal point as a dot: {dot})"),
        "csv.empty": QCoreApplication.translate("EngineError", "{path} is empty: it has no rows of numbers"),
        "csv.encoding": QCoreApplication.translate(
            "EngineError", "{path} is in a text encoding visualnet does not know; save it from the spreadsheet as "
            "\"CSV UTF-8\""),
        "csv.header_only": QCoreApplication.translate("EngineError", "{path} has a header but no rows of numbers"),
        "csv.no_column_named": QCoreApplication.translate(
            "EngineError", "{path} has no column named {label_column!r}; its columns are {names}"),
        "csv.no_column_number": QCoreApplication.translate(
            "EngineError", "{path} has {width} columns, so there is no column {label_column}"),
        "csv.no_header": QCoreApplication.translate(
            "EngineError", "{path} has no header row, so no column is named {label_column!r}; give the label "
            "column's number instead"),
        "csv.ragged": QCoreApplication.translate(
            "EngineError", "{path}, line {line} has {count} columns, but line {first_line} has {first_count}"),
        "csv.single_column": QCoreApplication.translate(
            "EngineError", "{path} has a single column; it needs feature columns and a label column"),
        "csv.single_example": QCoreApplication.translate(
            "EngineError", "{path} holds a single example (one row of data): a network learns from many examples, "
            "and keeps some of them aside to check itself; add more rows"),
        "csv.words_in_features": QCoreApplication.translate(
            "EngineError", "{problem} (only the label column may hold words: choose this one as the label, or "
            "remove it)"),
        "dataset.X_Y_examples": QCoreApplication.translate("EngineError", "X has {m_X} examples but Y has {m_Y}"),
        "dataset.dev_fraction": QCoreApplication.translate(
            "EngineError", "the dev fraction must be between 0 and 1, got {dev_fraction}"),
        "dataset.dev_from": QCoreApplication.translate(
            "EngineError", "the dev set must start after the first example and before the last, not at {dev_from} "
            "of {m}"),
        "dataset.digits_damaged": QCoreApplication.translate(
            "EngineError", "the bundled digits file is damaged: images {images_shape}, labels {labels_shape}"),
        "dataset.digits_unreadable": QCoreApplication.translate(
            "EngineError", "the bundled digits could not be read ({detail}); reinstalling visualnet restores them"),
        "dataset.empty": QCoreApplication.translate("EngineError", "dataset {name!r} is empty: it has no examples"),
        "dataset.factor": QCoreApplication.translate(
            "EngineError", "factor (the inner circle's radius relative to the outer one) must be between 0 and 1, "
            "got {factor!r}"),
        "dataset.image_shape": QCoreApplication.translate(
            "EngineError", "image shape {image_shape} does not hold {n_x} features"),
        "dataset.no_features": QCoreApplication.translate("EngineError", "dataset {name!r} has no features"),
        "dataset.no_labels": QCoreApplication.translate(
            "EngineError", "the {which} set has inputs X but no labels Y"),
        "dataset.noise": QCoreApplication.translate(
            "EngineError", "noise (the standard deviation of the random jitter) must be a number >= 0, got "
            "{noise!r}"),
        "dataset.not_2d": QCoreApplication.translate(
            "EngineError", "X and Y must be 2-D (features x examples), got {X_shape} and {Y_shape}"),
        "dataset.not_a_digit": QCoreApplication.translate(
            "EngineError", "{name} must be a digit from 0 to 9, got {digit!r}"),
        "dataset.not_finite": QCoreApplication.translate(
            "EngineError", "dataset {name!r} has NaN or infinite feature values"),
        "dataset.regression_has_no_labels": QCoreApplication.translate(
            "EngineError", "a regression dataset has no class labels"),
        "dataset.same_digits": QCoreApplication.translate(
            "EngineError", "first and second must be two different digits, got {first} twice"),
        "dataset.too_few_examples": QCoreApplication.translate(
            "EngineError", "{generator} needs at least {groups} examples (one per class or cluster), got m={m}"),
        "dataset.too_few_to_split": QCoreApplication.translate(
            "EngineError", "a dataset needs at least 2 examples to split into train and dev"),
        "dataset.unknown_kind": QCoreApplication.translate(
            "EngineError", "unknown dataset kind {kind!r}; the kinds are {choices}"),
        "dataset.unknown_name": QCoreApplication.translate(
            "EngineError", "there is no built-in dataset called {name!r}; choose one of {choices}"),
        "dataset.unknown_option": QCoreApplication.translate(
            "EngineError", "dataset {name!r} does not take {unknown}; it takes {accepted}"),
        "dataset.unknown_scaling": QCoreApplication.translate(
            "EngineError", "unknown feature scaling {kind!r}; choose one of {choices}"),
        "dataset.unknown_task": QCoreApplication.translate(
            "EngineError", "unknown task {task!r}; expected one of {choices}"),
        "dataset.whole_range": QCoreApplication.translate(
            "EngineError", "{name} ({meaning}) must be a whole number from {low:,} to {high:,}, got {value!r}"),
        "depth.bits": QCoreApplication.translate(
            "EngineError", "the number of bits n must be a whole number ≥ 1, got {n!r}"),
        "depth.not_1d": QCoreApplication.translate(
            "EngineError", "linear pieces are counted along a line: the network needs 1 input and 1 output, "
            "not {n_x} and {n_y}"),
        "depth.not_piecewise_linear": QCoreApplication.translate(
            "EngineError", "{g} (g[{l}]) is curved, not piecewise linear: only relu, leaky_relu and linear "
            "networks have pieces to count"),
        "dependency.h5py": QCoreApplication.translate(
            "EngineError", "Reading the course's .h5 files needs h5py: pip install 'visualnet[h5]'"),
        "dependency.pillow": QCoreApplication.translate(
            "EngineError", "Reading folders of images needs Pillow: pip install Pillow"),
        "expect.activations": QCoreApplication.translate("EngineError", "a list of activation names"),
        "expect.batch": QCoreApplication.translate("EngineError", "null (full batch) or a whole number from 1"),
        "expect.bool": QCoreApplication.translate("EngineError", "true or false"),
        "expect.column": QCoreApplication.translate("EngineError", "a column's number from 0, or its name"),
        "expect.delimiter": QCoreApplication.translate("EngineError", "one character, or null"),
        "expect.fraction": QCoreApplication.translate("EngineError", "a number between 0 and 1"),
        "expect.init": QCoreApplication.translate("EngineError", "an initialization name"),
        "expect.layer_sizes": QCoreApplication.translate("EngineError", "a list of whole numbers [n_x, n1, ..., nL]"),
        "expect.list": QCoreApplication.translate("EngineError", "a list [...]"),
        "expect.loss": QCoreApplication.translate("EngineError", "a loss name"),
        "expect.number_from_0": QCoreApplication.translate("EngineError", "a number from 0"),
        "expect.object": QCoreApplication.translate("EngineError", "an object {{...}}"),
        "expect.one_of": QCoreApplication.translate("EngineError", "one of {choices}"),
        "expect.optional_bool": QCoreApplication.translate("EngineError", "true, false or null"),
        "expect.optional_dataset": QCoreApplication.translate(
            "EngineError", "null or the name of a built-in dataset"),
        "expect.run_dataset": QCoreApplication.translate(
            "EngineError", "null (the project's dataset) or the key of another dataset"),
        "expect.optional_loss": QCoreApplication.translate(
            "EngineError", "null (the output's own loss) or a loss name"),
        "expect.optional_path": QCoreApplication.translate("EngineError", "null or the path of a data file"),
        "expect.options": QCoreApplication.translate("EngineError", "an object {{...}} of the loader's arguments"),
        "expect.positive": QCoreApplication.translate("EngineError", "a positive number"),
        "expect.seed": QCoreApplication.translate("EngineError", "a whole number from 0 to 2**32 - 1"),
        "expect.text": QCoreApplication.translate("EngineError", "text"),
        "expect.whole": QCoreApplication.translate("EngineError", "a whole number"),
        "expect.whole_from_0": QCoreApplication.translate("EngineError", "a whole number from 0"),
        "expect.whole_list": QCoreApplication.translate("EngineError", "a list of whole numbers"),
        "file.cannot_build": QCoreApplication.translate(
            "EngineError", "{where} describes a network visualnet cannot build: {reason}"),
        "file.class_names_shape": QCoreApplication.translate(
            "EngineError", "{where}: class names must be a 1-D list of text, got shape {shape} and dtype {dtype}"),
        "file.class_names_text": QCoreApplication.translate("EngineError", "{where}: class names must be text"),
        "file.damaged": QCoreApplication.translate(
            "EngineError", "{where} is damaged or is not {kind} file ({detail})"),
        "file.description_not_object": QCoreApplication.translate(
            "EngineError", "{where}: {member} must hold an object {{...}}, not {found}"),
        "file.description_too_big": QCoreApplication.translate(
            "EngineError", "{where}: {member} is {size:,} bytes, far too big for a description; the file is not "
            "one visualnet wrote"),
        "file.field": QCoreApplication.translate("EngineError", "{where}: {key!r} must be {expected}, got {found}"),
        "file.fields": QCoreApplication.translate("EngineError", "{where} {problem}"),
        "file.format_name": QCoreApplication.translate(
            "EngineError", "{where} is not {kind} file: {member} has format {found}, not {name!r}"),
        "file.format_version": QCoreApplication.translate(
            "EngineError", "{where}: format_version must be a whole number from 1, got {found}"),
        "file.hyperparameters_json": QCoreApplication.translate(
            "EngineError", "cannot save {path}: hyperparameters must be numbers, text, true/false, lists or dicts"),
        "file.invalid_json": QCoreApplication.translate(
            "EngineError", "{where}: {member} is not valid JSON ({detail})"),
        "file.lacks": QCoreApplication.translate("EngineError", "lacks {missing}"),
        "file.lacks_and_unexpected": QCoreApplication.translate(
            "EngineError", "lacks {missing} and has unexpected {unexpected}"),
        "file.members": QCoreApplication.translate(
            "EngineError", "{where} is not {kind} file: it should hold exactly {listing} and {last}, but holds "
            "{names}{detail}"),
        "file.missing_members": QCoreApplication.translate("EngineError", "; {missing} is missing"),
        "file.newer": QCoreApplication.translate(
            "EngineError", "{where} was made by a newer visualnet (format {found}); this version reads format "
            "{version}. Update visualnet to open it."),
        "file.no_examples": QCoreApplication.translate("EngineError", "{path} has no examples"),
        "file.not_json": QCoreApplication.translate("EngineError", "{error} ({detail})"),
        "file.not_numbers": QCoreApplication.translate(
            "EngineError", "{what} must hold real numbers, but has dtype {dtype}"),
        "file.not_object": QCoreApplication.translate(
            "EngineError", "{where} must be an object {{...}}, not {found}"),
        "file.not_regular": QCoreApplication.translate(
            "EngineError", "{path} is not {what} but a {kind}; visualnet reads only regular files"),
        "file.parameters_do_not_fit": QCoreApplication.translate(
            "EngineError", "{where} holds parameters that do not fit the network it describes: {reason}"),
        "file.unexpected": QCoreApplication.translate("EngineError", "has unexpected {unexpected}"),
        "file.unknown_kind": QCoreApplication.translate(
            "EngineError", "visualnet cannot tell what kind of file {path} is. It reads CSV text (.csv, .tsv, "
            ".txt), NumPy .npz files with X and Y, MNIST IDX files, the course's .h5 files and folders with one "
            "sub-folder of images per class"),
        "file.unknown_option": QCoreApplication.translate(
            "EngineError", "{name} is read by {loader}, which takes no {unknown}; it takes {accepted}"),
        "h5.class_names": QCoreApplication.translate(
            "EngineError", "{path}: 'list_classes' must be a short list of class names; found {names}"),
        "h5.layout": QCoreApplication.translate(
            "EngineError", "{path} does not have the course's layout: it needs one pair of datasets like "
            "'train_set_x' (images) and 'train_set_y' (labels); it holds {keys}"),
        "h5.needs_array": QCoreApplication.translate(
            "EngineError", "{path} needs {key!r} as an array of numbers; found {found}"),
        "h5.test_shape": QCoreApplication.translate(
            "EngineError", "{test} lies beside {name} as its test set, but holds images of shape {test_shape}, not "
            "{shape}; move or rename it to open {name} alone"),
        "h5.x_shape": QCoreApplication.translate(
            "EngineError", "{path}: {x_key!r} must hold a stack of images (m, h, w, c), got shape {x_shape}"),
        "h5.y_shape": QCoreApplication.translate(
            "EngineError", "{path}: {x_key!r} has {m} images, so {y_key!r} must be (m,) = ({m},) labels; got shape "
            "{y_shape}"),
        "hyperparameter.L": QCoreApplication.translate("EngineError", "the number of layers L"),
        "hyperparameter.activation": QCoreApplication.translate("EngineError", "hidden activation"),
        "hyperparameter.depth": QCoreApplication.translate("EngineError", "the number of hidden layers"),
        "hyperparameter.init": QCoreApplication.translate("EngineError", "initialization"),
        "hyperparameter.lambd": QCoreApplication.translate("EngineError", "the L2 strength λ"),
        "hyperparameter.learning_rate": QCoreApplication.translate("EngineError", "the learning rate α"),
        "hyperparameter.mini_batch_size": QCoreApplication.translate("EngineError", "the mini-batch size"),
        "hyperparameter.units": QCoreApplication.translate("EngineError", "the units per hidden layer"),
        "idx.count_mismatch": QCoreApplication.translate(
            "EngineError", "{images_file} has {images:,} images but {labels_file} has {labels:,} labels"),
        "idx.extra_data": QCoreApplication.translate(
            "EngineError", "{where} holds more data than its header declares (shape {shape})"),
        "idx.header_truncated": QCoreApplication.translate("EngineError", "{where} is truncated inside its header"),
        "idx.label_dtype": QCoreApplication.translate(
            "EngineError", "{labels_file} must hold whole-number labels, not {dtype}"),
        "idx.magic": QCoreApplication.translate(
            "EngineError", "{where} is not an IDX file (MNIST format): it starts with {magic!r}"),
        "idx.no_partner": QCoreApplication.translate(
            "EngineError", "found no file pairing with {path} (looked for {name} and {name}.gz); pass labels_path= "
            "to name the partner file"),
        "idx.pair_shapes": QCoreApplication.translate(
            "EngineError", "{path} and {partner} must be an images file (m, rows, cols) and a labels file (m,); "
            "they have shapes {first_shape} and {second_shape}"),
        "idx.truncated": QCoreApplication.translate(
            "EngineError", "{where} is truncated: its header declares shape {shape} ({nbytes:,} bytes of data) but "
            "it holds {size:,}"),
        "images.colour": QCoreApplication.translate("EngineError", "{width} x {height} pixels, colour"),
        "images.empty_folder": QCoreApplication.translate(
            "EngineError", "the class folder {folder} has no images ({suffixes})"),
        "images.grayscale": QCoreApplication.translate("EngineError", "{width} x {height} pixels, grayscale"),
        "images.mismatch": QCoreApplication.translate(
            "EngineError", "{file} is {size} but {first} is {first_size}: all images must have the same size and "
            "be all grayscale or all colour"),
        "images.pixel_mode": QCoreApplication.translate(
            "EngineError", "{file} has {mode} pixels (16-bit or floating point); visualnet reads 8-bit grayscale "
            "or colour images"),
        "images.too_few_folders": QCoreApplication.translate(
            "EngineError", "{root} needs one sub-folder of images per class, at least 2; found {found}"),
        "kind.csv": QCoreApplication.translate("EngineError", "a CSV text"),
        "kind.data_file": QCoreApplication.translate("EngineError", "a data file"),
        "kind.device": QCoreApplication.translate("EngineError", "device"),
        "kind.folder": QCoreApplication.translate("EngineError", "folder"),
        "kind.hdf5": QCoreApplication.translate("EngineError", "an HDF5"),
        "kind.idx": QCoreApplication.translate("EngineError", "an IDX"),
        "kind.image": QCoreApplication.translate("EngineError", "a readable image"),
        "kind.named_pipe": QCoreApplication.translate("EngineError", "named pipe"),
        "kind.network": QCoreApplication.translate("EngineError", "a visualnet network"),
        "kind.npy": QCoreApplication.translate("EngineError", "a NumPy .npy"),
        "kind.npz": QCoreApplication.translate("EngineError", "a NumPy .npz"),
        "kind.project": QCoreApplication.translate("EngineError", "a visualnet project"),
        "kind.project_file": QCoreApplication.translate("EngineError", "a project file"),
        "kind.socket": QCoreApplication.translate("EngineError", "socket"),
        "kind.special_file": QCoreApplication.translate("EngineError", "special file"),
        "label.Y_not_finite": QCoreApplication.translate("EngineError", "Y must hold finite numbers"),
        "label.binary": QCoreApplication.translate(
            "EngineError", "binary labels must be 0 or 1 for a sigmoid output, found {bad:g}"),
        "label.binary_Y": QCoreApplication.translate(
            "EngineError", "a two-class dataset needs Y of shape (1, m) holding only 0 and 1"),
        "label.class_index_range": QCoreApplication.translate(
            "EngineError", "class indices must be in 0..{last}, found {low}..{high}"),
        "label.class_names_count": QCoreApplication.translate(
            "EngineError", "{names} class names for {rows} one-hot rows"),
        "label.class_names_index": QCoreApplication.translate(
            "EngineError", "{path}: labels must index the {count} class names (0..{last}), found {low:g}..{high:g}"),
        "label.empty": QCoreApplication.translate(
            "EngineError", "{path}: the label of example {example} is empty; every example needs one"),
        "label.fraction": QCoreApplication.translate(
            "EngineError", "{path}: class labels must be whole numbers, found {fraction:g}"),
        "label.multiclass_Y": QCoreApplication.translate(
            "EngineError", "a multi-class dataset needs one-hot Y of shape (C, m)"),
        "label.names_examples": QCoreApplication.translate(
            "EngineError", "{path}: the label column {column!r} holds {classes:,} different words in {rows:,} "
            "rows: it names examples, not classes; choose the column that says what to predict"),
        "label.not_finite": QCoreApplication.translate(
            "EngineError", "{path}: the label of example {example} (counting from 0) is {value}; every label must "
            "be a finite number"),
        "label.one_hot": QCoreApplication.translate(
            "EngineError", "a softmax output needs one-hot labels Y of shape ({n_L}, m): each column a single 1 "
            "marking the class"),
        "label.single_class": QCoreApplication.translate(
            "EngineError", "dataset {name!r} has a single class; classification needs at least 2"),
        "label.words_for_regression": QCoreApplication.translate(
            "EngineError", "{path}: the label column {column!r} holds words, which a regression cannot predict; "
            "choose a column of numbers"),
        "limit.image_decode": QCoreApplication.translate(
            "EngineError", "{file} is too large to decode safely ({detail})"),
        "limit.images": QCoreApplication.translate(
            "EngineError", "{root} holds more than {max_images:,} images, the limit"),
        "limit.in_file": QCoreApplication.translate("EngineError", "{where}: {reason}"),
        "limit.memory": QCoreApplication.translate(
            "EngineError", "{what} would need {need} of memory; the limit is {have}"),
        "limit.network": QCoreApplication.translate(
            "EngineError", "this network has {parameter_count:,} parameters, which need {need}; the limit is "
            "{limit}. Use fewer units per layer."),
        "meaning.bits": QCoreApplication.translate("EngineError", "the number of bits"),
        "meaning.k": QCoreApplication.translate("EngineError", "the number of classes"),
        "meaning.m": QCoreApplication.translate("EngineError", "the number of examples"),
        "meaning.sawtooth_k": QCoreApplication.translate(
            "EngineError", "how many times the tent map is composed"),
        "meaning.seed": QCoreApplication.translate("EngineError", "what makes the data repeatable"),
        "npz.X_shape": QCoreApplication.translate(
            "EngineError", "X in {path} must be (n_x, m) or a stack of images (m, h, w[, c]); got shape {X_shape}"),
        "npz.X_transposed": QCoreApplication.translate(
            "EngineError", " X looks transposed: visualnet wants X as (n_x, m), one example per column; save X.T"),
        "npz.Y_shape": QCoreApplication.translate(
            "EngineError", "{path}: {layout} has m = {m} examples, so Y must be (m,), (1, m) or one-hot (C, m); "
            "got Y of shape {Y_shape}.{hint}"),
        "npz.Y_transposed": QCoreApplication.translate("EngineError", " Y looks transposed: save Y.T"),
        "npz.dtype": QCoreApplication.translate(
            "EngineError", "{where} has dtype {dtype}, which is not plain numbers or text; visualnet reads arrays "
            "of numbers or text only"),
        "npz.impossible_shape": QCoreApplication.translate(
            "EngineError", "{where} declares the impossible shape {shape}"),
        "npz.layout_images": QCoreApplication.translate("EngineError", "images X (m, ...)"),
        "npz.needs_X_Y": QCoreApplication.translate(
            "EngineError", "{path} must hold arrays named 'X' and 'Y' (np.savez(path, X=X, Y=Y)); it holds {names}"),
        "npz.not_array": QCoreApplication.translate(
            "EngineError", "{where} holds {member!r}, which is not a NumPy array; an .npz file holds only .npy "
            "arrays (as np.savez writes it)"),
        "npz.one_hot": QCoreApplication.translate(
            "EngineError", "Y in {path} has {rows} rows, so it must be one-hot: each column all 0 but a single 1 "
            "marking the class"),
        "npz.payload": QCoreApplication.translate(
            "EngineError", "{where} {state}: its header declares shape {shape} of {dtype} ({nbytes:,} bytes) but "
            "the file holds {payload:,} bytes of data"),
        "npz.pickled": QCoreApplication.translate(
            "EngineError", "{where} holds Python objects (a pickled array). visualnet never unpickles files, "
            "because unpickling can run any code; save plain numeric arrays instead"),
        "npz.single_array": QCoreApplication.translate(
            "EngineError", "{path} holds a single array, but a dataset needs X and Y: save them together with "
            "np.savez(path, X=X, Y=Y)"),
        "npz.twice": QCoreApplication.translate("EngineError", "{where} holds the array {key!r} twice"),
        "npz.version": QCoreApplication.translate(
            "EngineError", "{where} uses .npy format {major}.{minor}; visualnet reads formats 1.0 to 3.0"),
        "params.W_chain": QCoreApplication.translate(
            "EngineError", "W{l} is {shape}, but W{k} makes n[{k}] = {n_prev}: W[{l}] must be (n[{l}], n[{k}]) = "
            "({n}, {n_prev})"),
        "params.W_empty": QCoreApplication.translate(
            "EngineError", "W{l} has shape {shape}: every layer needs at least one unit"),
        "params.W_not_2d": QCoreApplication.translate(
            "EngineError", "W{l} must be 2-D, (n[{l}], n[{k}]), got shape {shape}"),
        "params.activations": QCoreApplication.translate(
            "EngineError", "{where}: 'activations' must name one of {choices} for each of the {L} layers, got "
            "{found}"),
        "params.activations_dtype": QCoreApplication.translate(
            "EngineError", "{path}: 'activations' must be a list of names, got an array of {dtype}"),
        "params.b_shape": QCoreApplication.translate(
            "EngineError", "b{l} must be (n[{l}], 1) = ({n}, 1), got {shape}"),
        "params.dtype": QCoreApplication.translate("EngineError", "{key} must hold real numbers, got dtype {dtype}"),
        "params.gap": QCoreApplication.translate(
            "EngineError", "the parameters need W1..WL and b1..bL with no gap; they have {keys}, missing {missing}"),
        "params.not_course": QCoreApplication.translate(
            "EngineError", "{path} does not hold the course's parameters: {reason}"),
        "params.not_finite": QCoreApplication.translate(
            "EngineError", "{key} contains NaN or infinity ({bad} of {size} values)"),
        "params.not_rectangular": QCoreApplication.translate(
            "EngineError", "{key} is not a rectangular array of numbers"),
        "params.unexpected_keys": QCoreApplication.translate(
            "EngineError", "unexpected keys {unexpected}; the course's parameters are W1, b1, W2, b2, ..., WL, bL"),
        "project.curve_not_finite": QCoreApplication.translate(
            "EngineError", "{where}: {key} in {member} contains NaN or infinity"),
        "project.curve_shape": QCoreApplication.translate(
            "EngineError", "{where}: {key} in {member} must be a (2, n) array of floats (iterations, values), got "
            "shape {shape} of {dtype}"),
        "project.dataset_both": QCoreApplication.translate(
            "EngineError", "{where}, dataset: give either the name of a built-in dataset or the path of a file, "
            "not both"),
        "project.dataset_neither": QCoreApplication.translate(
            "EngineError", "{where}, dataset: give either the name of a built-in dataset or the path of a file; "
            "it gives neither"),
        "project.file_option": QCoreApplication.translate(
            "EngineError", "{where}, dataset options: {key!r} must be {expected}, got {found}"),
        "project.file_options": QCoreApplication.translate(
            "EngineError", "{where}, dataset options: a project may not set {unknown}; it may set {accepted}"),
        "project.history_count": QCoreApplication.translate(
            "EngineError", "{where}: {member} holds {count} curves, but the {runs} runs of {json} have {expected}"),
        "project.history_keys": QCoreApplication.translate(
            "EngineError", "{where}: {member} does not match the {runs} runs of {json}: it {problem}"),
        "project.json_round_trip": QCoreApplication.translate(
            "EngineError", "cannot save the project: its view, experiments or dataset options would not read back "
            "the same; JSON has text keys and lists only (no number keys, no tuples)"),
        "project.parameters": QCoreApplication.translate(
            "EngineError", "{where}: {member} does not hold the network's parameters: {reason}"),
        "project.parameters_architecture": QCoreApplication.translate(
            "EngineError", "{where}: {member} holds the parameters of a {sizes} network, but the architecture is "
            "{layer_sizes}"),
        "project.values_json": QCoreApplication.translate(
            "EngineError", "cannot save the project: view, experiments and dataset options must be numbers, text, "
            "true/false, null, lists or objects"),
        "record.unknown": QCoreApplication.translate("EngineError", "unknown experiment record {record}"),
        "record.format": QCoreApplication.translate("EngineError", "this is not a {kind} record (format {found!r})"),
        "record.version": QCoreApplication.translate(
            "EngineError", "this {kind} record is version {found}, newer than this visualnet reads ({version}); "
            "update visualnet"),
        "set.dev": QCoreApplication.translate("EngineError", "dev"),
        "set.training": QCoreApplication.translate("EngineError", "training"),
        "shape.AL_Y": QCoreApplication.translate(
            "EngineError", "AL {AL_shape} and Y {Y_shape} must have the same shape"),
        "shape.X_empty": QCoreApplication.translate("EngineError", "X has no examples (m = 0)"),
        "shape.X_not_2d": QCoreApplication.translate(
            "EngineError", "X must be a 2-D array of shape (n_x, m), got {ndim}-D shape {shape}"),
        "shape.X_rows": QCoreApplication.translate(
            "EngineError", "X has {rows} rows but the input layer has n[0] = {n_x} units; X must be (n_x, m){hint}"),
        "shape.X_transposed": QCoreApplication.translate(
            "EngineError", " (it looks transposed: X is (n_x, m), one example per column)"),
        "shape.Y": QCoreApplication.translate(
            "EngineError", "Y must be (n[L], m) = ({n_L}, m) for this output layer, got {shape}"),
        "shape.Y_examples": QCoreApplication.translate("EngineError", "Y has {m_Y} examples but X has {m}"),
        "shape.caches": QCoreApplication.translate(
            "EngineError", "backward needs {L} caches, one per layer, got {count}"),
        "shape.parameter": QCoreApplication.translate(
            "EngineError", "{kind}[{l}] must be {sym} = {shape}, got {found}"),
        "shape.parameter_dtype": QCoreApplication.translate(
            "EngineError", "{key} must hold real numbers, got dtype {dtype}"),
        "shape.parameter_keys": QCoreApplication.translate(
            "EngineError", "parameters do not fit this {L}-layer network: missing {missing}, unexpected "
            "{unexpected}"),
        "shape.parameter_not_finite": QCoreApplication.translate("EngineError", "{key} contains NaN or infinity"),
        "state.extra_bytes": QCoreApplication.translate("EngineError", "has extra bytes"),
        "state.truncated": QCoreApplication.translate("EngineError", "is truncated"),
        "sweep.axes": QCoreApplication.translate(
            "EngineError", "a sweep varies one or two hyperparameters, not {count}"),
        "sweep.chosen_twice": QCoreApplication.translate(
            "EngineError", "{label} is chosen twice; pick two different ones"),
        "sweep.full_in_range": QCoreApplication.translate(
            "EngineError", "'full' cannot end a range of {label}; list it on its own: 32..256 ×4, full"),
        "sweep.needs_hidden_layer": QCoreApplication.translate(
            "EngineError", "sweeping {label} needs a hidden layer, and this network has none (L = 1); sweep L from "
            "2"),
        "sweep.no_values": QCoreApplication.translate("EngineError", "no values for {label}"),
        "sweep.no_values_example": QCoreApplication.translate(
            "EngineError", "no values for {label}: enter a list such as {example}"),
        "sweep.not_a_number": QCoreApplication.translate(
            "EngineError", "{token!r} is not a number ({label}); write values such as {example}"),
        "sweep.not_above": QCoreApplication.translate(
            "EngineError", "{label} must be greater than {low:g}, got {value:g}"),
        "sweep.not_finite": QCoreApplication.translate(
            "EngineError", "{label} must be a finite number, got {token!r}"),
        "sweep.not_whole": QCoreApplication.translate("EngineError", "{label} must be a whole number, got {token!r}"),
        "sweep.range_count": QCoreApplication.translate(
            "EngineError", "the range {part!r} has no values: after × write how many values you want, a whole "
            "number of at least 1 (got {count!r})"),
        "sweep.range_holds_too_many": QCoreApplication.translate(
            "EngineError", "the range {part!r} holds {count} values; at most {most} can be swept (a count spaces "
            "fewer on a log scale: {start}..{end} ×8)"),
        "sweep.range_log_zero": QCoreApplication.translate(
            "EngineError", "the range {part!r} is spaced on a log scale, so it must start above 0"),
        "sweep.range_needs_count": QCoreApplication.translate(
            "EngineError", "the range {part!r} needs a count of values, e.g. {start}..{end} ×5 for 5 values evenly "
            "spaced on a log scale"),
        "sweep.range_reversed": QCoreApplication.translate(
            "EngineError", "the range {part!r} has no values: it starts above its end (write {end}..{start})"),
        "sweep.range_too_many": QCoreApplication.translate(
            "EngineError", "the range {part!r} asks for {count} values; at most {most} can be swept"),
        "sweep.range_unreadable": QCoreApplication.translate(
            "EngineError", "cannot read the range {part!r} for {label}; write it as {example}"),
        "sweep.too_high": QCoreApplication.translate(
            "EngineError", "{label} must be at most {high:g}, got {value:g}"),
        "sweep.too_low": QCoreApplication.translate("EngineError", "{label} must be at least {low:g}, got {value:g}"),
        "sweep.too_many_values": QCoreApplication.translate(
            "EngineError", "{count} values for {label}; at most {most} can be swept"),
        "sweep.unknown_choice": QCoreApplication.translate(
            "EngineError", "unknown {label} {token!r}; choose from {choices}"),
        "sweep.unknown_hyperparameter": QCoreApplication.translate(
            "EngineError", "unknown hyperparameter {name!r}; choose from {choices}"),
        "visual.top_shape": QCoreApplication.translate(
            "EngineError", "top examples must be (units, k) indices with k ≥ 1, got shape {shape}"),
        "visual.W": QCoreApplication.translate(
            "EngineError", "W[l] must be a 2-D array (n[l], n[l-1]), got shape {shape}"),
        "visual.W1": QCoreApplication.translate(
            "EngineError", "W[1] must be a 2-D array (n[1], n_x), got shape {shape}"),
        "visual.X_indices": QCoreApplication.translate(
            "EngineError", "X must be (n_x, m) and indices (units, k), got {X_shape} and {indices_shape}"),
        "visual.columns": QCoreApplication.translate(
            "EngineError", "columns must be a whole number of at least 1, got {columns!r}"),
        "visual.curve_X": QCoreApplication.translate(
            "EngineError", "a fitted curve needs 1-D points X of shape (1, m), got {shape}"),
        "visual.curve_n_x": QCoreApplication.translate(
            "EngineError", "a fitted curve needs a network with n_x = 1 input, this one has {n_x}"),
        "visual.grid_X": QCoreApplication.translate(
            "EngineError", "a decision grid needs 2-D points X of shape (2, m), got {shape}"),
        "visual.grid_n_x": QCoreApplication.translate(
            "EngineError", "a decision grid needs a network with n_x = 2 inputs, this one has {n_x}"),
        "visual.image_shape_dims": QCoreApplication.translate(
            "EngineError", "an image shape is (h, w) or (h, w, c), got {shape}"),
        "visual.image_shape_pixels": QCoreApplication.translate(
            "EngineError", "image shape {shape} holds {pixels} pixels, but there are n_x = {n_x} inputs"),
        "visual.k": QCoreApplication.translate("EngineError", "k must be a whole number of at least 1, got {k!r}"),
        "visual.levels": QCoreApplication.translate(
            "EngineError", "levels must be a whole number of at least 1, got {levels!r}"),
        "visual.sample_m": QCoreApplication.translate(
            "EngineError", "a sample needs at least one example, got m = {m!r}"),
        "visual.X_n_x": QCoreApplication.translate(
            "EngineError", "X must be (n_x, m) = ({n_x}, m) with m >= 1, got {shape}"),
        "visual.layer": QCoreApplication.translate("EngineError", "layer must be 1..L = 1..{L}, got {layer!r}"),
        "visual.no_tiles": QCoreApplication.translate("EngineError", "a mosaic needs at least one tile, got {n}"),
        "visual.resolution": QCoreApplication.translate(
            "EngineError", "resolution must be a whole number of at least 2, got {resolution!r}"),
        "what.array": QCoreApplication.translate("EngineError", "the array {where} of shape {shape} ({dtype})"),
        "what.decoding": QCoreApplication.translate("EngineError", "decoding {file} ({width} x {height} pixels)"),
        "what.examples": QCoreApplication.translate("EngineError", "the {m:,} examples of {where} as float64 X"),
        "what.idx": QCoreApplication.translate("EngineError", "reading {where} (shape {shape}) as float64"),
        "what.numbers": QCoreApplication.translate("EngineError", "the numbers of {path}"),
        "what.one_hot": QCoreApplication.translate(
            "EngineError", "the one-hot labels of {path} ({classes:,} classes x {m:,} examples)"),
        "what.reading": QCoreApplication.translate("EngineError", "reading {where}"),
        "what.saving_project": QCoreApplication.translate("EngineError", "saving the project"),
        "what.unpacking": QCoreApplication.translate("EngineError", "unpacking {where}"),
        "what.unpacking_network": QCoreApplication.translate(
            "EngineError", "unpacking {where} (the parameters' member and their arrays together)"),
        "what.unpacking_project": QCoreApplication.translate(
            "EngineError", "unpacking {where} (the file, its members and their arrays together)"),
        "where.format": QCoreApplication.translate("EngineError", "{where}: {member} of format {version}"),
        "where.member": QCoreApplication.translate("EngineError", "{member} in {file}"),
        "word.nothing": QCoreApplication.translate("EngineError", "nothing"),
    }


class _Formatter(string.Formatter):
    """str.format, with the engine's own kinds of value said in the user's language."""

    def __init__(self) -> None:
        super().__init__()
        self.templates = templates()

    def format_field(self, value: Any, format_spec: str) -> str:
        if isinstance(value, Message):
            return format(self.say(value), format_spec)
        if isinstance(value, Bytes):
            return size_text(value)
        if isinstance(value, PurePath):
            return format(str(value), format_spec)
        return super().format_field(value, format_spec)

    def say(self, message: Message) -> str:
        return self.format(self.templates.get(message.code, str(message)), **message.values)


def size_text(size: Bytes) -> str:
    """A byte size as a user reads it: every byte when the exact figure matters, else in KiB, MiB, GiB."""
    if size.exact or size.n < 1024:
        return QCoreApplication.translate("EngineError", "{n:,} bytes").format(n=size.n)
    return format_bytes(size.n)


def message_text(message: Message) -> str:
    """What the engine says with ``message``, in the user's language."""
    return _Formatter().say(message)


def error_text(error: BaseException) -> str:
    """An exception as the user reads it: the engine's in their language, Python's (OSError) as it says it."""
    return message_text(error.message) if isinstance(error, VisualnetError) else str(error)


def failure_detail(failure: Failed) -> str:
    """Why a child process failed: the engine's message in the user's language, or the text it sent."""
    return message_text(failure.error) if failure.error is not None else failure.detail


def task_failure_text(failure: TaskFailure) -> str:
    """Why a sweep's task could not run, in the user's language when the engine refused it."""
    return message_text(failure.error) if failure.error is not None else failure.message
