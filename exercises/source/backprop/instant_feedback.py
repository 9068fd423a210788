"""Instant feedback in the student's notebook: the visible tests name the likely mistake.

This file is copied, with its table filled in, next to each assignment's notebooks
(`source/<assignment>/instant_feedback.py`, written by `python -m nngrade.build`). A visible
test cell calls

    verify("a_W_prime", "A.1", lambda: W_prime)              # a value
    verify_calls("a_collapse_unseen", "A.4", lambda: collapse)  # a function, on public inputs

and raises AssertionError with a plain sentence when the answer is not right yet. No answer is
stored here: the table holds salted fingerprints (hashes of rounded numbers) of the right
answer and of each mistake the answer key names, and the hint that goes with each mistake.
The public inputs of the function questions are here; the hidden ones are not. The grade is
still decided by the hidden tests, outside the student's kernel.

Each student's own numbers: `my_numbers("part_a_collapse")` gives the numbers of the student
running the kernel (see `student_id`), drawn from a pool by a hash of the id, or the public
numbers (the ones on the course website) when there is no course id. The visible tests then
check against that variant's fingerprints.
"""

import ast
import hashlib
import json
import os
import re
import sys

TABLE = {'a_W_prime': {'answers': {'22806db9007521b2': None,
                           '4c97b69f7f027cfc': 'Looks like you multiplied W1·W2; the collapse is '
                                               'W2·W1, because W1 acts on x first and W2 acts on '
                                               'its result.',
                           '55e38865a970e515': 'Looks like you transposed W1 (W2 @ W1.T): with W '
                                               'of shape (out, in), W1 already maps x to the '
                                               'hidden layer, so the collapse is W2 @ W1, no '
                                               'transpose.',
                           'bcbdeb5029347148': 'W_prime is the transpose of the collapsed matrix: '
                                               'row i of W2·W1 is row i of W2 times W1.',
                           'd06a9bdeb3936498': 'Looks like an elementwise product (W2 * W1); the '
                                               'collapse needs the matrix product W2 @ W1.'},
               'kind': 'many',
               'notebook': 'part_a_collapse',
               'otherwise': 'W_prime is not W2·W1. Multiply row by column: W_prime[i][j] = sum '
                            'over k of W2[i][k]·W1[k][j].',
               'salt': 'backprop/a_W_prime'},
 'a_b_prime': {'answers': {'310cede5f7c3baa7': 'The layers are in the wrong order: b1 goes through '
                                               'the second layer, not b2 through the first.',
                           '8b26a185416d1ff4': 'b1 + b2 forgets that b1 is multiplied by W2 on its '
                                               'way out.',
                           '93155a3d2cc8f117': 'Forgot the W2·b1 term: the first bias also passes '
                                               'through the second layer.',
                           '938c925cb426a3e6': 'Forgot the bias b2: this is W2·b1 alone, and the '
                                               'second layer still adds its own bias.',
                           'deda1c3c98894449': None},
               'kind': 'many',
               'notebook': 'part_a_collapse',
               'otherwise': 'b_prime is not the collapsed bias yet: follow b1 through the second '
                            'layer.',
               'salt': 'backprop/a_b_prime'},
 'a_collapse_seed': {'answers': [[{'19d558ed45d0e63e': 'W is not W2 @ W1.',
                                   '47e9e51a581831c8': 'collapse returned (b, W); return the '
                                                       'weights first: `return W, b`.',
                                   '7f038fd1a00a11ad': 'Looks like you transposed W1 (W2 @ W1.T): '
                                                       'with W of shape (out, in), W1 already maps '
                                                       'x to the hidden layer, so the collapse is '
                                                       'W2 @ W1, no transpose.',
                                   '92368c3283c45ffb': None,
                                   'b9832502889dac72': 'W is not W2 @ W1.',
                                   'f5aa67098ef90563': 'Looks like you multiplied W1·W2; the '
                                                       'collapse is W2·W1, because W1 acts on x '
                                                       'first and W2 acts on its result.'},
                                  {'47e9e51a581831c8': None,
                                   '88b5e4fd698d63ca': 'Forgot the W2 @ b1 term: b = W2 @ b1 + b2.',
                                   '92368c3283c45ffb': 'collapse returned (b, W); return the '
                                                       'weights first: `return W, b`.',
                                   'db513bc84ee3fb46': 'Forgot the bias b2: b = W2 @ b1 + b2.'}]],
                     'cases': [[[[1.0, 2.0], [0.0, -1.0]],
                                [0.0, 1.0],
                                [[2.0, 1.0], [-1.0, 0.0]],
                                [0.0, -1.0]]],
                     'function': 'collapse',
                     'mode': 'arrays',
                     'notebook': 'part_a_collapse',
                     'otherwise': '`collapse` is not right yet on the public inputs.',
                     'parts': [[0, 1], [1, 2]],
                     'salt': 'backprop/a_collapse_seed'},
 'a_collapse_unseen': {'answers': [[{'038dda72fff0fe83': 'W has shape (D, K): it is transposed. '
                                                         'With W of shape (out, in), W = W2 @ W1 '
                                                         'is (K, D).',
                                     '131be2461052409c': 'collapse raised ValueError on non-square '
                                                         'matrices: the shapes do not fit. W2 is '
                                                         'K×H and W1 is H×D, so W2 @ W1 (in this '
                                                         'order, no transpose) is K×D; W1 @ W2 or '
                                                         'W2 @ W1.T fail on such shapes.',
                                     '3d6f1177a5184fab': None,
                                     '8e58a6d4795ec3aa': 'collapse returned (b, W); return the '
                                                         'weights first: `return W, b`.'},
                                    {'131be2461052409c': 'collapse raised ValueError on non-square '
                                                         'matrices: the shapes do not fit. W2 is '
                                                         'K×H and W1 is H×D, so W2 @ W1 (in this '
                                                         'order, no transpose) is K×D; W1 @ W2 or '
                                                         'W2 @ W1.T fail on such shapes.',
                                     '3d6f1177a5184fab': 'collapse returned (b, W); return the '
                                                         'weights first: `return W, b`.',
                                     '5751a363396e4808': 'Forgot the W2 @ b1 term: b = W2 @ b1 + '
                                                         'b2.',
                                     '8e58a6d4795ec3aa': None,
                                     'cb12bdae228bf840': 'Forgot the bias b2: b = W2 @ b1 + b2.'}]],
                       'cases': [[[[1.0, 0.0], [2.0, 1.0], [0.0, -1.0]],
                                  [1.0, 0.0, -1.0],
                                  [[1.0, 1.0, 0.0],
                                   [0.0, 1.0, 2.0],
                                   [1.0, 0.0, 1.0],
                                   [2.0, -1.0, 0.0]],
                                  [0.0, 1.0, -1.0, 2.0]]],
                       'function': 'collapse',
                       'mode': 'arrays',
                       'notebook': 'part_a_collapse',
                       'otherwise': '`collapse` is not right yet on the public inputs.',
                       'parts': [[0, 1], [1, 2]],
                       'salt': 'backprop/a_collapse_unseen'},
 'a_y_collapsed': {'answers': {'05bd4b922932b7ed': 'Used b2 as the collapsed bias; b1 also reaches '
                                                   'the output, through W2.',
                               '64c4d6044169be54': 'Looks like you multiplied W1·W2; the collapse '
                                                   'is W2·W1, because W1 acts on x first and W2 '
                                                   'acts on its result.',
                               '6ffdbc5c153d4d5f': None,
                               'bf671898907b424f': "Forgot the collapsed bias: y = W'·x + b'."},
                   'kind': 'many',
                   'notebook': 'part_a_collapse',
                   'otherwise': "y_collapsed is not W'·x + b'. It must equal the two-layer output "
                                'exactly.',
                   'salt': 'backprop/a_y_collapsed'},
 'a_y_relu': {'alike': {'dda808c04e8e902a': 'On the public numbers b1 only touches a hidden unit '
                                            'the ReLU sets to 0, so these numbers cannot tell '
                                            'whether b1 went in before the ReLU: make sure the '
                                            'hidden vector is ReLU(W1·x + b1).'},
              'answers': {'54454efafa4e9534': 'This is the output without ReLU: apply ReLU to the '
                                              'hidden vector W1·x + b1 before the second layer.',
                          '8570f1ff077c664e': 'Looks like ReLU was applied to the output; it '
                                              'belongs between the layers, on h = W1·x + b1.',
                          'ae2db4ab1497a776': 'ReLU went on the output as well; only the hidden '
                                              'layer gets it here.',
                          'dda808c04e8e902a': None},
              'kind': 'many',
              'notebook': 'part_a_collapse',
              'otherwise': 'y_relu is not W2·ReLU(W1·x + b1) + b2.',
              'salt': 'backprop/a_y_relu'},
 'a_y_two_layer': {'answers': {'072377d9ff8b0f9f': 'The layers ran in the wrong order: W1 acts on '
                                                   'x first.',
                               '0bc2596f3a91fe93': 'Forgot the bias b2 of the second layer: y = '
                                                   'W2·h + b2.',
                               '3383591ad6bb909a': 'This part has no ReLU: apply W1, add b1, then '
                                                   'W2, add b2.',
                               '43c6d398ce86f3a1': 'Forgot the bias b1 of the first layer: h = '
                                                   'W1·x + b1.',
                               '8159b2f64ec242c9': None,
                               'db8259840799150b': 'Looks like ReLU was applied to the output; '
                                                   'Part A (2) has no ReLU at all.'},
                   'kind': 'many',
                   'notebook': 'part_a_collapse',
                   'otherwise': 'y_two_layer is not W2·(W1·x + b1) + b2.',
                   'salt': 'backprop/a_y_two_layer'},
 'b_dfdx': {'alike': {'4bed74d53d2e61d2': 'On the public numbers q = z = 2, so these numbers '
                                          'cannot tell the right gradient from a swapped multiply '
                                          'gate (dfdx = q, dfdz = z): answer B.4 too, whose inputs '
                                          'tell them apart.'},
            'answers': {'4bed74d53d2e61d2': None,
                        '4e105aac642e7466': "Missed the upstream factor: the adder's local "
                                            'gradient is 1, and the chain rule multiplies it by '
                                            'the upstream gradient df/dq.',
                        '6b510edfbc7acbb3': 'Sign error: the adder passes the upstream gradient on '
                                            'unchanged, and the multiply gate sends each input the '
                                            'other input.',
                        '6ce64cdb293c9e61': 'Used an input of the adder; the multiply gate sends '
                                            'each input the other input times the upstream '
                                            'gradient.',
                        'da25cf08aa38b4c9': 'q · z is f itself, not a gradient: the multiply gate '
                                            'sends each input the other input times the upstream '
                                            'gradient (here 1).'},
            'kind': 'one',
            'notebook': 'part_b_circuit',
            'otherwise': 'dfdx is not right: run the backward pass gate by gate from df/df = 1.',
            'salt': 'backprop/b_dfdx'},
 'b_dfdy': {'alike': {'dab1d126a87d4af4': 'On the public numbers q = z = 2, so these numbers '
                                          'cannot tell the right gradient from a swapped multiply '
                                          'gate (dfdx = q, dfdz = z): answer B.4 too, whose inputs '
                                          'tell them apart.'},
            'answers': {'2548412e2b4c695e': 'q · z is f itself, not a gradient: the multiply gate '
                                            'sends each input the other input times the upstream '
                                            'gradient (here 1).',
                        '5298ad5b883e6dbb': 'Used an input of the adder; the multiply gate sends '
                                            'each input the other input times the upstream '
                                            'gradient.',
                        '603b8f63a54c3147': "Missed the upstream factor: the adder's local "
                                            'gradient is 1, and the chain rule multiplies it by '
                                            'the upstream gradient df/dq.',
                        '6ec3558e4580c1ae': 'Sign error: the adder passes the upstream gradient on '
                                            'unchanged, and the multiply gate sends each input the '
                                            'other input.',
                        'dab1d126a87d4af4': None},
            'kind': 'one',
            'notebook': 'part_b_circuit',
            'otherwise': 'dfdy is not right: run the backward pass gate by gate from df/df = 1.',
            'salt': 'backprop/b_dfdy'},
 'b_dfdz': {'alike': {'a6b4bf9950dc6429': 'On the public numbers q = z = 2, so these numbers '
                                          'cannot tell the right gradient from a swapped multiply '
                                          'gate (dfdx = q, dfdz = z): answer B.4 too, whose inputs '
                                          'tell them apart.'},
            'answers': {'1dee748c5b3656a8': 'df/dz is the other input of the multiply gate, q.',
                        '4f0e46c4e963632a': 'q · z is f itself, not a gradient: the multiply gate '
                                            'sends each input the other input times the upstream '
                                            'gradient (here 1).',
                        '8ba5be422ec93315': 'Sign error: the adder passes the upstream gradient on '
                                            'unchanged, and the multiply gate sends each input the '
                                            'other input.',
                        'a6b4bf9950dc6429': None},
            'kind': 'one',
            'notebook': 'part_b_circuit',
            'otherwise': 'dfdz is not right: run the backward pass gate by gate from df/df = 1.',
            'salt': 'backprop/b_dfdz'},
 'b_f': {'answers': {'09f936e37c728778': None,
                     '54c924af19503166': "You gave q for f: f is the multiplier's output, f = q · "
                                         'z.',
                     'a15c368a298238c2': 'Sign error: f = (x + y) · z.'},
         'kind': 'one',
         'notebook': 'part_b_circuit',
         'otherwise': 'f = (x + y) · z.',
         'salt': 'backprop/b_f'},
 'b_finite_difference': {'answers': {'1beeb6110d139acc': None,
                                     '22c15029a3de0168': 'Sign error: the slope is (f(x + h) - '
                                                         'f(x)) / h.',
                                     '9144f8cb1c513b73': 'This is the change in f; divide it by '
                                                         'the step h = 0.01 to get a slope.',
                                     '9511256ed062b901': 'This is f(x + h, y, z) itself; the slope '
                                                         'is (f(x + h) - f(x)) / h.'},
                         'kind': 'one',
                         'notebook': 'part_b_circuit',
                         'otherwise': 'fd_dfdx should be (f(x + 0.01, y, z) - f(x, y, z)) / 0.01.',
                         'salt': 'backprop/b_finite_difference'},
 'b_fn_backward': {'answers': [[{'0f32316cd3735dc1': None,
                                 '595c05f952977fa3': "Missed the upstream factor: the adder's "
                                                     'local gradient is 1, and the chain rule '
                                                     'multiplies it by the upstream gradient '
                                                     'df/dq.',
                                 'c5f8264bffdd733c': 'df/dz = q · z is f itself; the multiply gate '
                                                     'sends z the other input, q, times the '
                                                     'upstream gradient 1.'}],
                               [{'5a6fa701ed34c6dd': 'df/dz = q · z is f itself; the multiply gate '
                                                     'sends z the other input, q, times the '
                                                     'upstream gradient 1.',
                                 '711c5ffe8949532e': None,
                                 '72eca06401327c9b': 'Swapped local gradients of the multiply '
                                                     "gate: each input's local gradient is the "
                                                     'other input (df/dq = z and df/dz = q).',
                                 'c24acdbb44a9f2ba': 'df/dz is the other input of the multiply '
                                                     'gate, q = x + y, not z.',
                                 'ee1dea3f53800845': "Missed the upstream factor: the adder's "
                                                     'local gradient is 1, and the chain rule '
                                                     'multiplies it by the upstream gradient '
                                                     'df/dq.'}]],
                   'cases': [[3.0, -1.0, 2.0], [2.0, 1.0, -1.5]],
                   'function': 'circuit_forward_backward',
                   'mode': 'numbers',
                   'notebook': 'part_b_circuit',
                   'otherwise': '`circuit_forward_backward` is not right yet on the public inputs.',
                   'parts': [[2, 3]],
                   'salt': 'backprop/b_fn_backward',
                   'same_result': '`circuit_forward_backward` returns the same result whatever its '
                                  'inputs: compute the result from its arguments instead of '
                                  'returning numbers worked out by hand.'},
 'b_fn_forward': {'answers': [[{'4863ddadc7b7fa5f': None,
                                '5f471e62276d6493': 'q given for f: the function returned f first. '
                                                    'Return q, f, grads.',
                                'bf3d8a60f186d25f': 'q given for f: f = q · z.'}],
                              [{'1d2682124a96d797': None,
                                '4f946264746d58ec': 'q given for f: f = q · z.',
                                '4fb278ef81cf066d': 'f is a product: f = (x + y) · z, not a sum.',
                                '5d6423efe04d84de': 'q given for f: the function returned f first. '
                                                    'Return q, f, grads.'}]],
                  'cases': [[3.0, -1.0, 2.0], [2.0, 1.0, -1.5]],
                  'function': 'circuit_forward_backward',
                  'mode': 'numbers',
                  'notebook': 'part_b_circuit',
                  'otherwise': '`circuit_forward_backward` is not right yet on the public inputs.',
                  'parts': [[0, 2]],
                  'salt': 'backprop/b_fn_forward',
                  'same_result': '`circuit_forward_backward` returns the same result whatever its '
                                 'inputs: compute the result from its arguments instead of '
                                 'returning numbers worked out by hand.'},
 'b_q': {'answers': {'3af581a129cbebc8': 'Sign error: q = x + y.',
                     '96c51ffc4502d9f9': "This is x - y (a sign error); q is the adder's output, q "
                                         '= x + y.',
                     'fa2b2eceaa5338ce': None},
         'kind': 'one',
         'notebook': 'part_b_circuit',
         'otherwise': 'q is the output of the adder: q = x + y.',
         'salt': 'backprop/b_q'},
 'c_kink_fn': {'answers': [[{'3fb75f9e525237b5': None,
                             '75aa93c4aa268046': 'Sign error: solve w·x + b = 0, which gives x = '
                                                 '-b / w.',
                             '786ea6b8369d6528': 'Forgot to divide by w: w·x + b = 0 gives x = -b '
                                                 '/ w.',
                             '97463c17b3a04dca': '`//` is floor division: it rounds down to a '
                                                 'whole number. Divide with `/`: x = -b / w.',
                             'dab988377396d62c': 'Upside down: x = -b / w.'}],
                           [{'67e4c8290a107dab': 'Upside down: x = -b / w.',
                             '786ea6b8369d6528': 'Sign error: solve w·x + b = 0, which gives x = '
                                                 '-b / w.',
                             'f9245dd8ac4c958d': None}]],
               'cases': [[2.0, 3.0], [-1.0, 3.0]],
               'function': 'kink_position',
               'mode': 'numbers',
               'notebook': 'part_c_reasoning',
               'otherwise': '`kink_position` is not right yet on the public inputs.',
               'parts': [None],
               'salt': 'backprop/c_kink_fn',
               'same_result': '`kink_position` returns the same result whatever its inputs: '
                              'compute the result from its arguments instead of returning numbers '
                              'worked out by hand.'},
 'c_kink_value': {'answers': {'0e7d870e75a85785': 'Upside down: x = -b / w, not w / b.',
                              '3e2c4f9153506f95': None,
                              '61873fbb23357eeb': 'That is the bias; the kink sits where w·x + b '
                                                  'crosses zero.',
                              'ef03031627a2376a': 'Sign error: the kink is where w·x + b = 0, so x '
                                                  '= -b / w = 3 / 2.'},
                  'kind': 'one',
                  'notebook': 'part_c_reasoning',
                  'otherwise': 'The kink of ReLU(w·x + b) is where w·x + b = 0.',
                  'salt': 'backprop/c_kink_value'},
 'card1_collapse': {'answers': {'1bb450ad1564afc9': 'Without a non-linearity the stack is exactly '
                                                    'one linear layer.',
                                '425813069c117890': 'Weights of stacked layers multiply; they do '
                                                    'not add.',
                                '79f8c26caa794365': 'Looks like you multiplied W1·W2; the collapse '
                                                    'is W2·W1, because W1 acts on x first and W2 '
                                                    'acts on its result. The bias also goes '
                                                    'through W2.',
                                '7b48b2a69ceb141e': None},
                    'kind': 'text',
                    'notebook': 'flashcards',
                    'otherwise': 'This is not right yet.',
                    'salt': 'backprop/card1_collapse'},
 'card2_relu': {'answers': [[{'32bcb2baf062f185': None,
                              '880478879004b1db': "relu raised ValueError on an array: Python's "
                                                  'max() (or an `if z > 0`) compares single '
                                                  'numbers, not arrays. Use np.maximum(0, z), '
                                                  'which works elementwise on an array of any '
                                                  'shape.',
                              '8b72e8b201f60001': 'relu sets negative entries to 0; abs(z) flips '
                                                  'them instead.',
                              'bd35a704dcd2afc1': 'relu changed its input array in place; return a '
                                                  'new array (np.maximum(0, z)).',
                              'f658fb97f15273ed': 'relu keeps the positive part: max(0, z), not '
                                                  'min(0, z).'}],
                            [{'02fa47556037c372': 'relu sets negative entries to 0; abs(z) flips '
                                                  'them instead.',
                              '2045f7497f4c79ea': 'relu keeps the positive part: max(0, z), not '
                                                  'min(0, z).',
                              '42e95c37a1f07602': 'relu changed its input array in place; return a '
                                                  'new array (np.maximum(0, z)).',
                              '602af86fdaf09e84': None,
                              '880478879004b1db': "relu raised ValueError on an array: Python's "
                                                  'max() (or an `if z > 0`) compares single '
                                                  'numbers, not arrays. Use np.maximum(0, z), '
                                                  'which works elementwise on an array of any '
                                                  'shape.'}]],
                'cases': [[[-1.0, 0.0, 2.0]], [[[1.5, -2.0], [-0.5, 3.0]]]],
                'function': 'relu',
                'mode': 'keep_input',
                'notebook': 'flashcards',
                'otherwise': '`relu` is not right yet on the public inputs.',
                'parts': [None],
                'salt': 'backprop/card2_relu',
                'same_result': '`relu` returns the same result whatever its inputs: compute the '
                               'result from its arguments instead of returning numbers worked out '
                               'by hand.'},
 'card3_hidden_features': {'answers': {'015865171a58626e': '3072 is the raw pixel count D; the '
                                                           'final layer reads the H hidden '
                                                           'features instead.',
                                       '432fec440e48d4de': None,
                                       'a9a2b2018add89fc': '10 is the number of class scores K it '
                                                           'produces; it reads the H hidden '
                                                           'features.'},
                           'kind': 'one',
                           'notebook': 'flashcards',
                           'otherwise': 'The final classifier reads the hidden vector h, which has '
                                        'H numbers.',
                           'salt': 'backprop/card3_hidden_features'},
 'card4_hand_features': {'answers': {'036185fd688b7dcd': "AlexNet's first-layer filters were "
                                                         'learned from data, not designed by hand.',
                                     '0da0f9c89456b4e0': "AlexNet's first-layer filters were "
                                                         'learned from data, not designed by hand.',
                                     '118eb39c61bc2544': "AlexNet's first-layer filters were "
                                                         'learned from data, not designed by hand.',
                                     '13f6419b6ce7f364': 'SIFT, HOG and colour histograms were all '
                                                         'designed by hand before 2012.',
                                     '1607b59034ecba21': "AlexNet's first-layer filters were "
                                                         'learned from data, not designed by hand.',
                                     '1f6c9d732df46676': "AlexNet's first-layer filters were "
                                                         'learned from data, not designed by hand.',
                                     '24e70483ce7e9350': "AlexNet's first-layer filters were "
                                                         'learned from data, not designed by hand.',
                                     '294b0561c6687345': 'SIFT, HOG and colour histograms were all '
                                                         'designed by hand before 2012.',
                                     '4024b9ca693e7c00': 'The hidden units of a trained network '
                                                         'are learned features.',
                                     '4952570753a3e8c4': "AlexNet's first-layer filters were "
                                                         'learned from data, not designed by hand.',
                                     '4bbceb6f4dc31384': "AlexNet's first-layer filters were "
                                                         'learned from data, not designed by hand.',
                                     '500ef725e855f765': "AlexNet's first-layer filters were "
                                                         'learned from data, not designed by hand.',
                                     '593be6632d346c49': "AlexNet's first-layer filters were "
                                                         'learned from data, not designed by hand.',
                                     '5a5300a0451253b2': 'SIFT, HOG and colour histograms were all '
                                                         'designed by hand before 2012.',
                                     '67931a9ff059b15d': 'SIFT, HOG and colour histograms were all '
                                                         'designed by hand before 2012.',
                                     '76b9e3a82c710225': 'The hidden units of a trained network '
                                                         'are learned features.',
                                     '77c6edcc9514ee49': None,
                                     '78df23efe9aa9fc7': 'The hidden units of a trained network '
                                                         'are learned features.',
                                     '803f0bfa642d9bce': "AlexNet's first-layer filters were "
                                                         'learned from data, not designed by hand.',
                                     '80edb8f72012818b': 'SIFT, HOG and colour histograms were all '
                                                         'designed by hand before 2012.',
                                     '87785bb53d55f12a': 'The hidden units of a trained network '
                                                         'are learned features.',
                                     '8886a1089390fb22': 'SIFT, HOG and colour histograms were all '
                                                         'designed by hand before 2012.',
                                     '99711dd75b075b0f': "AlexNet's first-layer filters were "
                                                         'learned from data, not designed by hand.',
                                     'a8d46ea7f1184bb3': 'The hidden units of a trained network '
                                                         'are learned features.',
                                     'af44535248a9aa39': "AlexNet's first-layer filters were "
                                                         'learned from data, not designed by hand.',
                                     'b12b1ba05d626d46': "AlexNet's first-layer filters were "
                                                         'learned from data, not designed by hand.',
                                     'b5b2b9f41049080e': 'The hidden units of a trained network '
                                                         'are learned features.',
                                     'c5c6ca2b1f7a6ce3': 'The hidden units of a trained network '
                                                         'are learned features.',
                                     'd6ef666db2ee804d': 'SIFT, HOG and colour histograms were all '
                                                         'designed by hand before 2012.',
                                     'f6a726dd66156993': "AlexNet's first-layer filters were "
                                                         'learned from data, not designed by hand.',
                                     'f7d47e33cbd06c37': "AlexNet's first-layer filters were "
                                                         'learned from data, not designed by hand.',
                                     'fb82858a701a6cdf': 'The hidden units of a trained network '
                                                         'are learned features.'},
                         'kind': 'many',
                         'notebook': 'flashcards',
                         'otherwise': 'This is not right yet.',
                         'salt': 'backprop/card4_hand_features'},
 'card5_backprop': {'answers': {'1b06e1cb33093f7f': 'Finite differences are the numerical method '
                                                    'backprop replaced.',
                                '1b1e7c72e40b455b': 'Backprop needs one backward pass in total, '
                                                    'not one per weight.',
                                '326affb59290443f': 'Backprop computes gradients; the update W ← W '
                                                    '- α∇L is the separate step.',
                                '8a263b7969fa66f0': None},
                    'kind': 'text',
                    'notebook': 'flashcards',
                    'otherwise': 'This is not right yet.',
                    'salt': 'backprop/card5_backprop'},
 'card6_gate': {'answers': {'078e0b9fe9e7495e': 'Sign error: da = upstream · b = 5 · (-2).',
                            '243f8be17dde2bb7': 'Missed the upstream factor: multiply each local '
                                                'gradient by the upstream 5.',
                            '39ddf59e35400dff': 'Swapped: a multiply gate sends each input the '
                                                'OTHER input times upstream.',
                            '79541daf167ab8ab': None,
                            '83d1ab0e9dab9153': 'That is the add-gate pattern; a multiply gate '
                                                'scales by the other input.'},
                'kind': 'many',
                'notebook': 'flashcards',
                'otherwise': 'For a multiply gate: da = upstream · b and db = upstream · a.',
                'salt': 'backprop/card6_gate'},
 'card7_costs': {'answers': {'06257b3d5cb382a9': 'Backprop does not scale with the number of '
                                                 'weights: one forward and one backward pass.',
                             '08e8a66da3cea12d': 'Finite differences need one forward pass per '
                                                 'weight, so about a million here.',
                             '0c224b8efe0eee9b': 'Finite differences need one forward pass per '
                                                 'weight, so about a million here.',
                             '309f7a27295390f3': 'Finite differences need one forward pass per '
                                                 'weight, so about a million here.',
                             '460b7c0d684478c6': 'That is a centred difference, two passes per '
                                                 'weight; the card asks for the one-sided one: one '
                                                 'forward pass per nudged weight.',
                             '494b6770c70e57dd': 'That is a centred difference, two passes per '
                                                 'weight; the card asks for the one-sided one: one '
                                                 'forward pass per nudged weight.',
                             '56dd4bd67f0e6b7d': 'Finite differences need one forward pass per '
                                                 'weight, so about a million here.',
                             '5c1ec4535d4c8434': 'Finite differences need one forward pass per '
                                                 'weight, so about a million here.',
                             '81e53d5f7ddfa926': 'Backprop does not scale with the number of '
                                                 'weights: one forward and one backward pass.',
                             '868891bab878a64d': None,
                             '8ee610178ca0032c': 'Finite differences need one forward pass per '
                                                 'weight, so about a million here.',
                             '912bf17f186daeac': 'Backprop costs one forward plus one backward '
                                                 'pass: 2 passes.',
                             'a93a23334f7dab82': 'That is a centred difference, two passes per '
                                                 'weight; the card asks for the one-sided one: one '
                                                 'forward pass per nudged weight.',
                             'b8ecec6ba71e7fd1': 'Finite differences need one forward pass per '
                                                 'weight, so about a million here.',
                             'b9581fa4ae3659fe': 'Finite differences need one forward pass per '
                                                 'weight, so about a million here.',
                             'f6e7672783f0fb09': 'That is a centred difference, two passes per '
                                                 'weight; the card asks for the one-sided one: one '
                                                 'forward pass per nudged weight.'},
                 'kind': 'many',
                 'notebook': 'flashcards',
                 'otherwise': 'This is not right yet.',
                 'salt': 'backprop/card7_costs'},
 'card8_loop': {'answers': {'00264d3ab2ddfab9': 'The backward pass starts from the loss, so the '
                                                'loss comes before it.',
                            '026033eb7f099324': 'The step uses the gradients, so it comes after '
                                                'the backward pass.',
                            '055f56916342888d': 'The step uses the gradients, so it comes after '
                                                'the backward pass.',
                            '0b3d00167066ff79': 'The backward pass starts from the loss, so the '
                                                'loss comes before it.',
                            '0db98f7466447fd9': 'The step uses the gradients, so it comes after '
                                                'the backward pass.',
                            '0df65e6aead7ae82': 'The step uses the gradients, so it comes after '
                                                'the backward pass.',
                            '1242b9301d352695': None,
                            '15415f0cf774f2f5': 'The backward pass starts from the loss, so the '
                                                'loss comes before it.',
                            '1d1495afbde22285': 'The step uses the gradients, so it comes after '
                                                'the backward pass.',
                            '1d92b0914aae8026': 'The step uses the gradients, so it comes after '
                                                'the backward pass.',
                            '1dce82e4720f3195': 'The backward pass starts from the loss, so the '
                                                'loss comes before it.',
                            '22355db6bab33f97': 'The backward pass starts from the loss, so the '
                                                'loss comes before it.',
                            '23f032427902ed4f': 'The backward pass starts from the loss, so the '
                                                'loss comes before it.',
                            '2406bebdc88f4463': 'The backward pass starts from the loss, so the '
                                                'loss comes before it.',
                            '2708e1650be12d6b': 'The backward pass starts from the loss, so the '
                                                'loss comes before it.',
                            '27c645dac9d0c005': 'The backward pass starts from the loss, so the '
                                                'loss comes before it.',
                            '284e4652cd8b719a': 'The step uses the gradients, so it comes after '
                                                'the backward pass.',
                            '28fcaa7890036abd': 'The backward pass starts from the loss, so the '
                                                'loss comes before it.',
                            '3ed897b59fe56b63': 'The loop starts with the forward pass that '
                                                'produces the scores.',
                            '3f943c1a992ebd86': 'The backward pass starts from the loss, so the '
                                                'loss comes before it.',
                            '40272862046bf8fb': 'The backward pass starts from the loss, so the '
                                                'loss comes before it.',
                            '42153348fdbbd1bf': 'The step uses the gradients, so it comes after '
                                                'the backward pass.',
                            '460eb15041115cb7': 'The backward pass starts from the loss, so the '
                                                'loss comes before it.',
                            '48b2527e6ea1e654': 'The backward pass starts from the loss, so the '
                                                'loss comes before it.',
                            '4a9bff3067c537fd': 'The backward pass starts from the loss, so the '
                                                'loss comes before it.',
                            '4ba2d93b22568752': 'The backward pass starts from the loss, so the '
                                                'loss comes before it.',
                            '535c492bf9667575': 'The backward pass starts from the loss, so the '
                                                'loss comes before it.',
                            '5422c3d65f458457': 'The backward pass starts from the loss, so the '
                                                'loss comes before it.',
                            '5460329d5152abfc': 'The backward pass starts from the loss, so the '
                                                'loss comes before it.',
                            '54ace6340c81917f': 'The step uses the gradients, so it comes after '
                                                'the backward pass.',
                            '58637fd1dba8f864': 'The loop starts with the forward pass that '
                                                'produces the scores.',
                            '5865284ee72193f7': 'The step uses the gradients, so it comes after '
                                                'the backward pass.',
                            '58d175680b53195b': 'The step uses the gradients, so it comes after '
                                                'the backward pass.',
                            '5c47a1ea9a012c81': 'The step uses the gradients, so it comes after '
                                                'the backward pass.',
                            '5fbd79ddee04a715': 'The backward pass starts from the loss, so the '
                                                'loss comes before it.',
                            '6067017f106a86c7': 'The loop starts with the forward pass that '
                                                'produces the scores.',
                            '6bf8037fe494e21b': 'The backward pass starts from the loss, so the '
                                                'loss comes before it.',
                            '6eea55de53f21be2': 'The backward pass starts from the loss, so the '
                                                'loss comes before it.',
                            '705db2484fd92578': 'The loop starts with the forward pass that '
                                                'produces the scores.',
                            '7282a444c3a89b17': 'The backward pass starts from the loss, so the '
                                                'loss comes before it.',
                            '73cae0ef3ee30747': 'The backward pass starts from the loss, so the '
                                                'loss comes before it.',
                            '76492c7bd3e0e6f1': 'The backward pass starts from the loss, so the '
                                                'loss comes before it.',
                            '76e0b0c1bdf29737': 'The backward pass starts from the loss, so the '
                                                'loss comes before it.',
                            '796b1c6e03a71aec': 'The step uses the gradients, so it comes after '
                                                'the backward pass.',
                            '7eb7e0a75987f22c': 'The backward pass starts from the loss, so the '
                                                'loss comes before it.',
                            '82a2c846e0509181': 'The step uses the gradients, so it comes after '
                                                'the backward pass.',
                            '82fdb2fcd8b48f31': 'The backward pass starts from the loss, so the '
                                                'loss comes before it.',
                            '84521b296a5bb510': 'The loop starts with the forward pass that '
                                                'produces the scores.',
                            '84aca47caf71cc7f': 'The backward pass starts from the loss, so the '
                                                'loss comes before it.',
                            '97290b402af07adf': 'The loop starts with the forward pass that '
                                                'produces the scores.',
                            '98619e272ef26047': 'The loop starts with the forward pass that '
                                                'produces the scores.',
                            '986ac060b8e99c4c': 'The backward pass starts from the loss, so the '
                                                'loss comes before it.',
                            '9a0f0c125e975dfe': 'The backward pass starts from the loss, so the '
                                                'loss comes before it.',
                            '9bd0930e4b230b36': None,
                            '9d7b874f7e67b9c2': 'The step uses the gradients, so it comes after '
                                                'the backward pass.',
                            '9e8e9511b07ef1dc': 'The step uses the gradients, so it comes after '
                                                'the backward pass.',
                            '9f54c50b1cd6a5de': 'The backward pass starts from the loss, so the '
                                                'loss comes before it.',
                            'a1c925d788d79363': 'The backward pass starts from the loss, so the '
                                                'loss comes before it.',
                            'a22494c3ddfea4de': 'The step uses the gradients, so it comes after '
                                                'the backward pass.',
                            'a2efd1110f6c2c2f': 'The loop starts with the forward pass that '
                                                'produces the scores.',
                            'a5afd900311c704d': 'The loop starts with the forward pass that '
                                                'produces the scores.',
                            'a756981847f5eccd': 'The step uses the gradients, so it comes after '
                                                'the backward pass.',
                            'af65b9e71914eadc': 'The backward pass starts from the loss, so the '
                                                'loss comes before it.',
                            'b05ddd5408866014': 'The backward pass starts from the loss, so the '
                                                'loss comes before it.',
                            'b4572e20377a3f56': 'The step uses the gradients, so it comes after '
                                                'the backward pass.',
                            'b5fb13596a466ec7': 'The step uses the gradients, so it comes after '
                                                'the backward pass.',
                            'b7b77324129574e4': None,
                            'bbca08f886ea5efe': 'The step uses the gradients, so it comes after '
                                                'the backward pass.',
                            'bbcb2e90c5b989e7': 'The step uses the gradients, so it comes after '
                                                'the backward pass.',
                            'bcb0d12fdb00bafe': 'The step uses the gradients, so it comes after '
                                                'the backward pass.',
                            'be1a9ad5a2f2ace1': 'The step uses the gradients, so it comes after '
                                                'the backward pass.',
                            'be1aad1eff19945f': 'The backward pass starts from the loss, so the '
                                                'loss comes before it.',
                            'c1451f4b945c2d24': 'The backward pass starts from the loss, so the '
                                                'loss comes before it.',
                            'c32064f6cd404412': 'The step uses the gradients, so it comes after '
                                                'the backward pass.',
                            'c55cca814582a36c': 'The backward pass starts from the loss, so the '
                                                'loss comes before it.',
                            'c902e83cc49d6c52': 'The backward pass starts from the loss, so the '
                                                'loss comes before it.',
                            'cd46f20c6318190e': 'The backward pass starts from the loss, so the '
                                                'loss comes before it.',
                            'd3b81142d632ae8e': 'The backward pass starts from the loss, so the '
                                                'loss comes before it.',
                            'd50923ff51462c5b': 'The loop starts with the forward pass that '
                                                'produces the scores.',
                            'd8df00ff2481948a': 'The backward pass starts from the loss, so the '
                                                'loss comes before it.',
                            'da83e3d1339330a5': 'The step uses the gradients, so it comes after '
                                                'the backward pass.',
                            'dcbc16d819e58eca': 'The step uses the gradients, so it comes after '
                                                'the backward pass.',
                            'e262ee6af205bbd6': 'The loop starts with the forward pass that '
                                                'produces the scores.',
                            'e522f38aeebc5538': 'The loop starts with the forward pass that '
                                                'produces the scores.',
                            'e6b1a729968fd403': 'The step uses the gradients, so it comes after '
                                                'the backward pass.',
                            'e6ce0357780b19b2': 'The backward pass starts from the loss, so the '
                                                'loss comes before it.',
                            'e7ed508a89ca7304': 'The backward pass starts from the loss, so the '
                                                'loss comes before it.',
                            'e8254d8cbcb8e54b': None,
                            'ea3d778688e61c6e': 'The step uses the gradients, so it comes after '
                                                'the backward pass.',
                            'ea6e7523d03b0a17': 'The backward pass starts from the loss, so the '
                                                'loss comes before it.',
                            'eced003dfdf78ce3': 'The step uses the gradients, so it comes after '
                                                'the backward pass.',
                            'f10f42e260fbd735': 'The step uses the gradients, so it comes after '
                                                'the backward pass.',
                            'f1b9d6c26958ff95': 'The backward pass starts from the loss, so the '
                                                'loss comes before it.',
                            'f8a4efda9d023d28': 'The backward pass starts from the loss, so the '
                                                'loss comes before it.',
                            'fc0970ef5a4e7552': 'The backward pass starts from the loss, so the '
                                                'loss comes before it.',
                            'fe17c2e26839503b': 'The step uses the gradients, so it comes after '
                                                'the backward pass.'},
                'kind': 'many',
                'notebook': 'flashcards',
                'otherwise': 'This is not right yet.',
                'salt': 'backprop/card8_loop'},
 'card9_deep': {'answers': {'48c654e4b6741b59': 'Training time does not make a network deep; its '
                                                'stacked layers do.',
                            '79097c3ec58f5e79': None,
                            'c3420553e3f9eaf1': 'Depth is about composition, not about how many '
                                                'units one layer has.',
                            'c6b71577f8a77bf9': 'Each layer is plain: linear then non-linear. The '
                                                'power comes from stacking.'},
                'kind': 'text',
                'notebook': 'flashcards',
                'otherwise': 'This is not right yet.',
                'salt': 'backprop/card9_deep'}}  # filled in by nngrade.build: {grade_id: entry}, see `entry` in nngrade.instant
DIGITS = 6  # significant digits kept before hashing
# filled in by nngrade.build when the assignment has variants: {"assignment", "public": numbers,
# "pool": [numbers], "answers": [{grade_id: {fingerprint: hint number}}] per variant, "hints"}
VARIANTS = {
    'assignment': 'backprop',
    'public': {'part_a_collapse': [['W1', [[1, 2], [0, -1]]], ['b1', [0, 1]], ['W2', [[2, 1], [-1, 0]]], ['b2', [0, -1]], ['x', [1, 2]]], 'part_b_circuit': [['x', 3], ['y', -1], ['z', 2]]},
    'pool': [
        {'part_a_collapse': [['W1', [[3, 0], [-1, -3]]], ['b1', [-2, -1]], ['W2', [[-1, 2], [-1, -3]]], ['b2', [-1, 1]], ['x', [1, 1]]], 'part_b_circuit': [['x', -1], ['y', 3], ['z', 3]]},
        {'part_a_collapse': [['W1', [[-2, 2], [-3, -1]]], ['b1', [2, -1]], ['W2', [[2, 0], [-2, 2]]], ['b2', [1, -1]], ['x', [2, 2]]], 'part_b_circuit': [['x', 1], ['y', 1], ['z', -2]]},
        {'part_a_collapse': [['W1', [[-3, -1], [2, 1]]], ['b1', [2, -2]], ['W2', [[-1, 0], [-2, -2]]], ['b2', [1, -1]], ['x', [-2, 1]]], 'part_b_circuit': [['x', -2], ['y', -1], ['z', 2]]},
        {'part_a_collapse': [['W1', [[1, -1], [-3, -2]]], ['b1', [1, -2]], ['W2', [[-1, 2], [2, 2]]], ['b2', [1, -1]], ['x', [2, 1]]], 'part_b_circuit': [['x', -4], ['y', -5], ['z', 3]]},
        {'part_a_collapse': [['W1', [[1, -2], [1, 2]]], ['b1', [2, 1]], ['W2', [[0, 2], [-3, -2]]], ['b2', [-2, -2]], ['x', [2, -2]]], 'part_b_circuit': [['x', -4], ['y', -2], ['z', -2]]},
        {'part_a_collapse': [['W1', [[2, -1], [0, 2]]], ['b1', [-1, 1]], ['W2', [[3, 0], [3, -3]]], ['b2', [1, -1]], ['x', [-1, 1]]], 'part_b_circuit': [['x', 5], ['y', 4], ['z', -5]]},
        {'part_a_collapse': [['W1', [[3, 0], [-2, -1]]], ['b1', [1, -1]], ['W2', [[-3, -2], [-2, 3]]], ['b2', [-1, -2]], ['x', [2, 3]]], 'part_b_circuit': [['x', 2], ['y', 5], ['z', 5]]},
        {'part_a_collapse': [['W1', [[2, -3], [0, 1]]], ['b1', [1, 2]], ['W2', [[-1, -2], [0, 2]]], ['b2', [-2, 1]], ['x', [-1, 3]]], 'part_b_circuit': [['x', 2], ['y', -4], ['z', -3]]},
        {'part_a_collapse': [['W1', [[0, 1], [-1, -3]]], ['b1', [1, -2]], ['W2', [[3, 3], [-2, 1]]], ['b2', [1, 1]], ['x', [1, 1]]], 'part_b_circuit': [['x', 4], ['y', -1], ['z', -4]]},
        {'part_a_collapse': [['W1', [[-1, -2], [2, 1]]], ['b1', [2, -2]], ['W2', [[-1, 2], [-1, 1]]], ['b2', [2, -2]], ['x', [-2, -2]]], 'part_b_circuit': [['x', 3], ['y', 5], ['z', -4]]},
        {'part_a_collapse': [['W1', [[-1, 2], [2, -2]]], ['b1', [-2, -1]], ['W2', [[-2, -3], [-2, 3]]], ['b2', [2, 1]], ['x', [2, -1]]], 'part_b_circuit': [['x', -1], ['y', 5], ['z', 2]]},
        {'part_a_collapse': [['W1', [[-2, 0], [1, -1]]], ['b1', [1, 1]], ['W2', [[2, 3], [-1, -2]]], ['b2', [-2, -1]], ['x', [1, 1]]], 'part_b_circuit': [['x', -2], ['y', -3], ['z', 2]]},
        {'part_a_collapse': [['W1', [[3, 3], [0, -3]]], ['b1', [2, -2]], ['W2', [[-3, 2], [-1, 0]]], ['b2', [-1, -2]], ['x', [-1, 1]]], 'part_b_circuit': [['x', 3], ['y', 3], ['z', -4]]},
        {'part_a_collapse': [['W1', [[0, -3], [-2, 0]]], ['b1', [-1, 1]], ['W2', [[1, -1], [-2, 0]]], ['b2', [-1, 2]], ['x', [3, -1]]], 'part_b_circuit': [['x', -1], ['y', -4], ['z', 3]]},
        {'part_a_collapse': [['W1', [[-2, 3], [-1, 3]]], ['b1', [2, -2]], ['W2', [[-2, -1], [3, -3]]], ['b2', [-2, 1]], ['x', [-2, -1]]], 'part_b_circuit': [['x', 3], ['y', 2], ['z', 2]]},
        {'part_a_collapse': [['W1', [[-1, 1], [-2, -3]]], ['b1', [-2, 2]], ['W2', [[1, 1], [1, -2]]], ['b2', [2, -1]], ['x', [-2, -2]]], 'part_b_circuit': [['x', 5], ['y', -2], ['z', -2]]},
        {'part_a_collapse': [['W1', [[2, -3], [-2, 2]]], ['b1', [1, 2]], ['W2', [[3, 0], [-2, 3]]], ['b2', [-2, -1]], ['x', [3, 3]]], 'part_b_circuit': [['x', 2], ['y', 5], ['z', -1]]},
        {'part_a_collapse': [['W1', [[-2, 2], [0, -1]]], ['b1', [-2, -1]], ['W2', [[0, 3], [-3, -2]]], ['b2', [-2, -2]], ['x', [2, -1]]], 'part_b_circuit': [['x', 3], ['y', 5], ['z', -2]]},
        {'part_a_collapse': [['W1', [[3, 2], [-2, 3]]], ['b1', [1, 1]], ['W2', [[-2, 1], [2, 1]]], ['b2', [-2, -2]], ['x', [3, -2]]], 'part_b_circuit': [['x', -3], ['y', 5], ['z', 3]]},
        {'part_a_collapse': [['W1', [[-3, -1], [2, 0]]], ['b1', [1, 2]], ['W2', [[-2, 3], [-1, -1]]], ['b2', [2, 1]], ['x', [2, -2]]], 'part_b_circuit': [['x', -1], ['y', -2], ['z', 5]]},
        {'part_a_collapse': [['W1', [[2, 0], [3, 3]]], ['b1', [2, 2]], ['W2', [[3, 0], [-1, -3]]], ['b2', [-1, -1]], ['x', [-2, 2]]], 'part_b_circuit': [['x', 5], ['y', 3], ['z', -4]]},
        {'part_a_collapse': [['W1', [[-2, -2], [-1, 2]]], ['b1', [2, -1]], ['W2', [[1, -2], [-3, -2]]], ['b2', [-1, 2]], ['x', [-2, -2]]], 'part_b_circuit': [['x', 5], ['y', -3], ['z', 3]]},
        {'part_a_collapse': [['W1', [[3, 3], [-2, 3]]], ['b1', [1, 1]], ['W2', [[2, 2], [-1, 2]]], ['b2', [2, -2]], ['x', [1, -1]]], 'part_b_circuit': [['x', 1], ['y', 3], ['z', -3]]},
        {'part_a_collapse': [['W1', [[2, -3], [-3, 2]]], ['b1', [1, -2]], ['W2', [[2, 1], [2, -1]]], ['b2', [2, -1]], ['x', [-1, 2]]], 'part_b_circuit': [['x', -2], ['y', -2], ['z', 4]]},
        {'part_a_collapse': [['W1', [[-1, 3], [-2, 1]]], ['b1', [2, -1]], ['W2', [[3, -3], [1, -2]]], ['b2', [-1, -2]], ['x', [-2, -2]]], 'part_b_circuit': [['x', -5], ['y', -1], ['z', -4]]},
        {'part_a_collapse': [['W1', [[-1, 2], [1, -3]]], ['b1', [-2, 1]], ['W2', [[-3, 3], [0, 1]]], ['b2', [-1, 1]], ['x', [2, 2]]], 'part_b_circuit': [['x', 5], ['y', -2], ['z', -5]]},
        {'part_a_collapse': [['W1', [[-1, 1], [1, 1]]], ['b1', [-2, -1]], ['W2', [[-1, -2], [-3, -3]]], ['b2', [-2, 2]], ['x', [2, 3]]], 'part_b_circuit': [['x', -3], ['y', 2], ['z', 2]]},
        {'part_a_collapse': [['W1', [[-1, -2], [0, 2]]], ['b1', [-1, -2]], ['W2', [[2, 1], [-2, 1]]], ['b2', [-2, 1]], ['x', [-2, 1]]], 'part_b_circuit': [['x', -1], ['y', 4], ['z', -2]]},
        {'part_a_collapse': [['W1', [[3, 3], [-2, 2]]], ['b1', [-2, 1]], ['W2', [[3, -3], [-1, -1]]], ['b2', [2, 2]], ['x', [-2, -1]]], 'part_b_circuit': [['x', 3], ['y', 5], ['z', 5]]},
        {'part_a_collapse': [['W1', [[0, 3], [2, 1]]], ['b1', [2, -2]], ['W2', [[-3, 1], [0, -2]]], ['b2', [2, -1]], ['x', [3, -2]]], 'part_b_circuit': [['x', 3], ['y', 5], ['z', 2]]},
        {'part_a_collapse': [['W1', [[-3, 2], [0, -1]]], ['b1', [-2, -1]], ['W2', [[1, 0], [-1, -2]]], ['b2', [1, -2]], ['x', [-1, 1]]], 'part_b_circuit': [['x', 5], ['y', 2], ['z', -5]]},
        {'part_a_collapse': [['W1', [[-1, 0], [-1, -3]]], ['b1', [-2, 1]], ['W2', [[-3, 1], [0, -3]]], ['b2', [-2, -2]], ['x', [-2, 3]]], 'part_b_circuit': [['x', 1], ['y', 5], ['z', -2]]},
        {'part_a_collapse': [['W1', [[0, 3], [2, -2]]], ['b1', [-1, 1]], ['W2', [[-3, -3], [-3, 1]]], ['b2', [-2, -1]], ['x', [-2, 2]]], 'part_b_circuit': [['x', 2], ['y', 2], ['z', -1]]},
        {'part_a_collapse': [['W1', [[-1, 2], [-2, -2]]], ['b1', [-1, 2]], ['W2', [[-1, 3], [0, -3]]], ['b2', [2, 2]], ['x', [2, 3]]], 'part_b_circuit': [['x', 4], ['y', 3], ['z', 5]]},
        {'part_a_collapse': [['W1', [[-2, -2], [-3, 1]]], ['b1', [2, -2]], ['W2', [[-3, -1], [0, -1]]], ['b2', [-1, 1]], ['x', [1, -2]]], 'part_b_circuit': [['x', 1], ['y', -5], ['z', 3]]},
        {'part_a_collapse': [['W1', [[-2, -2], [2, 1]]], ['b1', [-2, -2]], ['W2', [[3, 2], [-2, -2]]], ['b2', [-2, 2]], ['x', [3, -2]]], 'part_b_circuit': [['x', -5], ['y', -2], ['z', 4]]},
        {'part_a_collapse': [['W1', [[-1, 1], [3, -1]]], ['b1', [-2, -1]], ['W2', [[1, 0], [1, -2]]], ['b2', [1, 2]], ['x', [1, -2]]], 'part_b_circuit': [['x', -4], ['y', 3], ['z', 5]]},
        {'part_a_collapse': [['W1', [[1, 3], [-2, -3]]], ['b1', [-2, -2]], ['W2', [[0, 1], [-3, -2]]], ['b2', [-1, 1]], ['x', [-1, 2]]], 'part_b_circuit': [['x', -5], ['y', -1], ['z', -2]]},
        {'part_a_collapse': [['W1', [[-1, 1], [-1, 2]]], ['b1', [2, 2]], ['W2', [[-1, -1], [-3, 3]]], ['b2', [-2, 1]], ['x', [-1, -2]]], 'part_b_circuit': [['x', 2], ['y', 2], ['z', 3]]},
        {'part_a_collapse': [['W1', [[-2, -1], [3, -2]]], ['b1', [-1, -2]], ['W2', [[2, -1], [0, -3]]], ['b2', [1, -2]], ['x', [2, 2]]], 'part_b_circuit': [['x', -3], ['y', -5], ['z', 5]]},
        {'part_a_collapse': [['W1', [[-2, -2], [-3, 0]]], ['b1', [-1, -1]], ['W2', [[-1, -3], [3, 1]]], ['b2', [-2, -2]], ['x', [-1, 3]]], 'part_b_circuit': [['x', 1], ['y', -3], ['z', 2]]},
        {'part_a_collapse': [['W1', [[3, -2], [1, 3]]], ['b1', [-1, 1]], ['W2', [[-2, -2], [2, -3]]], ['b2', [-1, -1]], ['x', [-1, 2]]], 'part_b_circuit': [['x', -4], ['y', -3], ['z', 3]]},
        {'part_a_collapse': [['W1', [[-1, -3], [0, 2]]], ['b1', [2, 2]], ['W2', [[2, -1], [3, 1]]], ['b2', [-2, -1]], ['x', [2, 1]]], 'part_b_circuit': [['x', -3], ['y', -5], ['z', 3]]},
        {'part_a_collapse': [['W1', [[-3, 1], [1, 3]]], ['b1', [-1, 2]], ['W2', [[-2, 2], [-1, -1]]], ['b2', [1, -1]], ['x', [1, 3]]], 'part_b_circuit': [['x', 4], ['y', 5], ['z', 3]]},
        {'part_a_collapse': [['W1', [[-1, -1], [-2, 2]]], ['b1', [2, 1]], ['W2', [[3, -1], [-3, -1]]], ['b2', [1, -1]], ['x', [1, -2]]], 'part_b_circuit': [['x', 3], ['y', -5], ['z', -3]]},
        {'part_a_collapse': [['W1', [[-2, 0], [1, -3]]], ['b1', [-2, 2]], ['W2', [[1, -3], [2, -3]]], ['b2', [2, 2]], ['x', [1, -2]]], 'part_b_circuit': [['x', 4], ['y', 1], ['z', -1]]},
        {'part_a_collapse': [['W1', [[1, -2], [-2, 3]]], ['b1', [-1, -2]], ['W2', [[2, 1], [-3, 0]]], ['b2', [1, -1]], ['x', [2, 3]]], 'part_b_circuit': [['x', 1], ['y', -3], ['z', 3]]},
        {'part_a_collapse': [['W1', [[-3, 2], [-1, 2]]], ['b1', [-2, -1]], ['W2', [[1, -2], [2, -1]]], ['b2', [1, -2]], ['x', [1, 2]]], 'part_b_circuit': [['x', -4], ['y', -3], ['z', 4]]},
        {'part_a_collapse': [['W1', [[-2, 3], [-2, 0]]], ['b1', [-1, 2]], ['W2', [[-2, -3], [3, 3]]], ['b2', [-1, -1]], ['x', [2, 3]]], 'part_b_circuit': [['x', -5], ['y', 4], ['z', -2]]},
        {'part_a_collapse': [['W1', [[1, -1], [0, 2]]], ['b1', [2, -1]], ['W2', [[-2, 3], [3, -3]]], ['b2', [-2, 1]], ['x', [-2, 1]]], 'part_b_circuit': [['x', 1], ['y', 5], ['z', 2]]},
        {'part_a_collapse': [['W1', [[2, -3], [3, 3]]], ['b1', [2, -2]], ['W2', [[0, 1], [1, -1]]], ['b2', [-1, -1]], ['x', [1, -2]]], 'part_b_circuit': [['x', 5], ['y', -2], ['z', -3]]},
        {'part_a_collapse': [['W1', [[1, 2], [0, -2]]], ['b1', [2, 1]], ['W2', [[-1, -2], [-1, -1]]], ['b2', [-2, -2]], ['x', [1, 3]]], 'part_b_circuit': [['x', -3], ['y', -5], ['z', -4]]},
        {'part_a_collapse': [['W1', [[3, -2], [2, 0]]], ['b1', [-1, -1]], ['W2', [[-1, 3], [3, 3]]], ['b2', [-1, 1]], ['x', [-1, -2]]], 'part_b_circuit': [['x', -4], ['y', -5], ['z', -1]]},
        {'part_a_collapse': [['W1', [[-1, 0], [1, 2]]], ['b1', [1, -1]], ['W2', [[1, -2], [-2, -3]]], ['b2', [-2, -2]], ['x', [2, 2]]], 'part_b_circuit': [['x', -5], ['y', -3], ['z', 2]]},
        {'part_a_collapse': [['W1', [[-2, 1], [2, 0]]], ['b1', [-1, -2]], ['W2', [[0, -2], [-2, 0]]], ['b2', [1, 2]], ['x', [3, 1]]], 'part_b_circuit': [['x', -3], ['y', -5], ['z', 4]]},
        {'part_a_collapse': [['W1', [[-3, -1], [2, -3]]], ['b1', [-2, 2]], ['W2', [[2, 0], [-1, -3]]], ['b2', [-1, -2]], ['x', [3, 2]]], 'part_b_circuit': [['x', -2], ['y', -3], ['z', -3]]},
        {'part_a_collapse': [['W1', [[0, -2], [1, 0]]], ['b1', [2, -2]], ['W2', [[2, -1], [-2, 0]]], ['b2', [-1, 1]], ['x', [2, 3]]], 'part_b_circuit': [['x', -1], ['y', -1], ['z', 2]]},
        {'part_a_collapse': [['W1', [[0, 3], [-3, 3]]], ['b1', [-1, -2]], ['W2', [[2, -2], [-1, -2]]], ['b2', [2, -1]], ['x', [3, 3]]], 'part_b_circuit': [['x', 2], ['y', 5], ['z', 5]]},
        {'part_a_collapse': [['W1', [[1, 1], [3, -1]]], ['b1', [2, -1]], ['W2', [[-1, -1], [-3, 2]]], ['b2', [-1, 1]], ['x', [1, 3]]], 'part_b_circuit': [['x', 2], ['y', 4], ['z', 3]]},
        {'part_a_collapse': [['W1', [[3, -2], [-1, -1]]], ['b1', [2, -2]], ['W2', [[-3, 0], [1, 2]]], ['b2', [1, -2]], ['x', [2, 1]]], 'part_b_circuit': [['x', -5], ['y', -2], ['z', -1]]},
        {'part_a_collapse': [['W1', [[0, 2], [3, 3]]], ['b1', [1, -1]], ['W2', [[-1, -3], [2, 0]]], ['b2', [1, 1]], ['x', [2, -1]]], 'part_b_circuit': [['x', -1], ['y', -4], ['z', 2]]},
        {'part_a_collapse': [['W1', [[-1, 2], [3, -2]]], ['b1', [-2, 1]], ['W2', [[1, 0], [0, -2]]], ['b2', [-1, 1]], ['x', [2, -2]]], 'part_b_circuit': [['x', 3], ['y', -4], ['z', -4]]},
        {'part_a_collapse': [['W1', [[0, -3], [-2, 1]]], ['b1', [-2, -1]], ['W2', [[-1, 1], [0, 2]]], ['b2', [-1, 1]], ['x', [1, -2]]], 'part_b_circuit': [['x', 5], ['y', -3], ['z', -3]]},
        {'part_a_collapse': [['W1', [[0, -2], [-3, 1]]], ['b1', [-2, 1]], ['W2', [[-3, 0], [0, 2]]], ['b2', [-1, 2]], ['x', [3, -1]]], 'part_b_circuit': [['x', 2], ['y', -5], ['z', 4]]},
    ],
    'answers': [
        {'a_W_prime': {'ce472d8e1c5df109': None, '2535ca35f4f8eb02': 0, '4bf9a13263c463c9': 1, '36c32b041e97f98f': 2, 'c7c9d96c6c7515d4': 3, '22806db9007521b2': 4}, 'a_b_prime': {'347ab085f2f32fd1': None, '7b376f28f4c28209': 5, '6c1df60ed7eb10a1': 6, '7dae84064640bfa0': 7, '6fe5869794370147': 8, 'deda1c3c98894449': 4}, 'a_y_two_layer': {'7dda64ff2ab62f6d': None, '385a622781acae65': 9, '885dfe418519e1f0': 10, '42ca10cb883c6369': 11, '80e3449571defb12': 12, 'af7563e7d7a4dcf1': 13, '8159b2f64ec242c9': 4}, 'a_y_collapsed': {'044215e3f3770662': None, '427eefa88c0b56ab': 0, '44859fbc74cdc632': 14, '04575b821f9c9306': 15, '6ffdbc5c153d4d5f': 4}, 'a_y_relu': {'0876ba74316c26ba': None, 'e2ae87297e3a9688': 16, '67402cf60100891a': 17, '425112a7cffca47e': 18, 'c5dc57fe7d3b5353': 19, 'dda808c04e8e902a': 4}, 'b_q': {'fa2b2eceaa5338ce': None, 'a9207f3ad1fe7306': 20, '3af581a129cbebc8': 21}, 'b_f': {'3fe6140b1942a499': None, '54c924af19503166': 22, '6023c8c7db2e96cd': 23, '09f936e37c728778': 4}, 'b_dfdx': {'6ce64cdb293c9e61': None, '4e105aac642e7466': 24, '4443f0f6836779a6': 25, '4bed74d53d2e61d2': 4, 'a9c839e7912c38d8': 26, '4d54b6769accf3b9': 27}, 'b_dfdy': {'5298ad5b883e6dbb': None, '603b8f63a54c3147': 24, 'c2ffc383ff0d2da5': 25, 'dab1d126a87d4af4': 4, '4712ef755f3a6871': 26, '3f0211d063cdade2': 27}, 'b_dfdz': {'a6b4bf9950dc6429': None, '1dee748c5b3656a8': 28, '8ba5be422ec93315': 25, 'bd8ba6eedb216445': 29, '0ba94180e771361e': 27}, 'b_finite_difference': {'7d9000ca86f0ccf5': None, '88e62dd8860a09d0': 30, '1435e97d95055bbd': 31, '9df951be5cf3d6c3': 32, '1beeb6110d139acc': 4}},
        {'a_W_prime': {'306fecb11035eaa7': None, 'e0f5196d38af22e1': 0, 'cc5c93b79c6fc5d4': 1, 'b76dfcd6f412785b': 2, 'ebb711c0ee55805a': 3, '22806db9007521b2': 4}, 'a_b_prime': {'97afd547dc714b19': None, 'e3a2aa4b63980869': 5, 'deda1c3c98894449': 4, '8e9b7c4ff0a37a2c': 7, '1f9ff5dff0ae7d89': 8}, 'a_y_two_layer': {'d48709bd0d86906b': None, 'f71402c19a09606f': 9, '7754481506fd58de': 10, '39eab8fad7999af7': 11, 'b22b89d8e64c3742': 12, '31295fb30930c84d': 13, '8159b2f64ec242c9': 4}, 'a_y_collapsed': {'89a2c7c455580cf1': None, 'fce4ce1de3a9dbf3': 0, 'cd0caff40d47df82': 14, 'eaa48dc916fc3880': 15, '6ffdbc5c153d4d5f': 4}, 'a_y_relu': {'302daeb2676664d3': None, 'aed9ab1ade7a2eaf': 16, '29c88c526dbeca12': 17, '8351b508959fd8b6': 19, 'dda808c04e8e902a': 4}, 'b_q': {'fa2b2eceaa5338ce': None, 'e3aca720f64789e5': 20, '3af581a129cbebc8': 21}, 'b_f': {'a15c368a298238c2': None, '54c924af19503166': 22, '09f936e37c728778': 4}, 'b_dfdx': {'6b510edfbc7acbb3': None, '4e105aac642e7466': 24, '4bed74d53d2e61d2': 4, '2820ce85feeda534': 27}, 'b_dfdy': {'6ec3558e4580c1ae': None, '603b8f63a54c3147': 24, 'dab1d126a87d4af4': 4, '9708e4af66877f2d': 27}, 'b_dfdz': {'a6b4bf9950dc6429': None, '1dee748c5b3656a8': 28, '8ba5be422ec93315': 25, '30fe5db736baaab1': 27}, 'b_finite_difference': {'22c15029a3de0168': None, '78b6a41adfb47499': 30, '6b02bc5edaa12218': 31, '1beeb6110d139acc': 4}},
        {'a_W_prime': {'75f3252cef829130': None, 'a6e5dc1be5f29b22': 0, 'aa2a69d04d58fca2': 1, '33fa729f99509381': 2, '2cb1cbe17bea82b6': 3, '22806db9007521b2': 4}, 'a_b_prime': {'3c69ce5af039d92b': None, '5dd28c3666fa132b': 5, 'deda1c3c98894449': 4, '2b1ee5e0ccd7b95d': 7, '93155a3d2cc8f117': 8}, 'a_y_two_layer': {'f80204251b44754f': None, '58b3a4bcf7e19f61': 9, '5bf07cd6c2a701b3': 10, '71950f5abe6ee62b': 11, '93cbf9d6b40034dc': 12, 'f1b3ace5e89c2066': 13, '8159b2f64ec242c9': 4}, 'a_y_collapsed': {'d20ba05b81ff87a4': None, '4449fde3f1658f03': 0, 'c8309e34930bb490': 14, '976d0396ccf709cb': 15, '6ffdbc5c153d4d5f': 4}, 'a_y_relu': {'e046ce361bc523ed': None, 'acd09e7e6f0d3bb6': 16, '425112a7cffca47e': 17, '297e7c748ae2374d': 19, 'dda808c04e8e902a': 4}, 'b_q': {'ec8225c811065054': None, '67500aaf4da5140a': 20, '0ced3e49462d3b2c': 21, 'fa2b2eceaa5338ce': 4}, 'b_f': {'6023c8c7db2e96cd': None, 'acadd0f9ebdc3851': 22, '3fe6140b1942a499': 23, '09f936e37c728778': 4}, 'b_dfdx': {'4bed74d53d2e61d2': None, '4e105aac642e7466': 24, '6b510edfbc7acbb3': 25, '4443f0f6836779a6': 29, 'd89afd7ef58ecbf2': 27}, 'b_dfdy': {'dab1d126a87d4af4': None, '603b8f63a54c3147': 24, '6ec3558e4580c1ae': 25, 'c2ffc383ff0d2da5': 29, 'e5962fce3b702fa3': 27}, 'b_dfdz': {'f5a6409795bc6bed': None, '1dee748c5b3656a8': 28, 'bd8ba6eedb216445': 25, 'a6b4bf9950dc6429': 4, '5e69ca617a0a54cf': 27}, 'b_finite_difference': {'1beeb6110d139acc': None, '9144f8cb1c513b73': 30, '5f463c02038b6550': 31, '22c15029a3de0168': 32}},
        {'a_W_prime': {'a0e4e3ad67d9c1cc': None, '33255848ac57e165': 0, 'cf586cc22e44046a': 1, '73a1fc5fab87d468': 2, '507a6f1ddf424c30': 3, '22806db9007521b2': 4}, 'a_b_prime': {'8cd9a332cf0a0bbf': None, 'ea29c6e9088602c4': 5, 'deda1c3c98894449': 4, 'cf9e8378c11f9e8b': 7, '2b1ee5e0ccd7b95d': 8}, 'a_y_two_layer': {'84fb0aa6d1ba7e21': None, '266c5499fac26314': 9, '22feaaf9c06befd9': 10, '60338f52abd43b4f': 11, '93cbf9d6b40034dc': 12, '9fbe22ac10db034d': 13, '8159b2f64ec242c9': 4}, 'a_y_collapsed': {'baf1ce0df17879e4': None, '66e3aceae7734cb6': 0, '338a6bd14a51516d': 14, 'c9dc8379d6e930f5': 15, '6ffdbc5c153d4d5f': 4}, 'a_y_relu': {'934897b2984d0577': None, 'fdd3164413ac65fa': 16, '425112a7cffca47e': 17, 'ca84363a0f872cc2': 18, '98ba11524d1dfc44': 19, 'dda808c04e8e902a': 4}, 'b_q': {'4e077c4e2722a06f': None, 'e7c8819c5b21ce3b': 20, '7e956efdef52024d': 21, 'fa2b2eceaa5338ce': 4}, 'b_f': {'aef533cdbf228de7': None, '0fb1936926d5006e': 22, 'c88f73ac883cbeb3': 23, '09f936e37c728778': 4}, 'b_dfdx': {'6ce64cdb293c9e61': None, '4e105aac642e7466': 24, '4443f0f6836779a6': 25, 'c24afdf3f8a0427a': 29, '2820ce85feeda534': 26, '3b8b28db80acd0b3': 27, '4bed74d53d2e61d2': 4}, 'b_dfdy': {'5298ad5b883e6dbb': None, '603b8f63a54c3147': 24, 'c2ffc383ff0d2da5': 25, '583ce45757cbc830': 29, '9708e4af66877f2d': 26, '43b61b035d3c0983': 27, 'dab1d126a87d4af4': 4}, 'b_dfdz': {'88ab9acac28f1678': None, '1dee748c5b3656a8': 28, 'e981fda11cce9ed9': 25, 'bd8ba6eedb216445': 29, '4c1c0ec72a6c9342': 27, 'a6b4bf9950dc6429': 4}, 'b_finite_difference': {'7d9000ca86f0ccf5': None, '88e62dd8860a09d0': 30, '7e23dc5e242ddee8': 31, '9df951be5cf3d6c3': 32, '1beeb6110d139acc': 4}},
        {'a_W_prime': {'5be2f70959a73094': None, '389f188d4fab1938': 0, '11bdc6708bc72096': 1, '56bc7d1abca7e9d8': 2, 'e95adad90ecfe122': 3, '22806db9007521b2': 4}, 'a_b_prime': {'600e37ddc3d5ab48': None, 'ff517ff3570fce74': 5, '37d5561b9bb8ea96': 6, '93155a3d2cc8f117': 7, '921ab4df872d0dca': 8, 'deda1c3c98894449': 4}, 'a_y_two_layer': {'96635d785caba7f0': None, 'facb0843142a3061': 9, '319910be1f108c1f': 10, 'a8224b4630ed1bc3': 11, '93cbf9d6b40034dc': 12, '71136888fbd26bd4': 13, '8159b2f64ec242c9': 4}, 'a_y_collapsed': {'0683060c578e0db0': None, '098b1ecee6c00356': 0, 'b15670c427c17e29': 14, '251585a4a039013c': 15, '6ffdbc5c153d4d5f': 4}, 'a_y_relu': {'aaed0661cf1a16cf': None, 'e239ebaa8da049fb': 16, '425112a7cffca47e': 17, 'ec99fde50242c762': 19, 'dda808c04e8e902a': 4}, 'b_q': {'9dc50175ed8499e9': None, '3af581a129cbebc8': 20, 'a44a5d4772a67f80': 21, 'fa2b2eceaa5338ce': 4}, 'b_f': {'6af444d9a8ab7107': None, '6023c8c7db2e96cd': 22, '3e06727d1bdbea5a': 23, '09f936e37c728778': 4}, 'b_dfdx': {'6b510edfbc7acbb3': None, '4e105aac642e7466': 24, '4bed74d53d2e61d2': 4, 'd89afd7ef58ecbf2': 29, '2820ce85feeda534': 26, '3f71c93568ccc816': 27}, 'b_dfdy': {'6ec3558e4580c1ae': None, '603b8f63a54c3147': 24, 'dab1d126a87d4af4': 4, 'e5962fce3b702fa3': 29, '9708e4af66877f2d': 26, 'fd2b913cfcd08faa': 27}, 'b_dfdz': {'5e69ca617a0a54cf': None, '1dee748c5b3656a8': 28, '0ba94180e771361e': 25, '8ba5be422ec93315': 29, '2040af726fb7b130': 27, 'a6b4bf9950dc6429': 4}, 'b_finite_difference': {'22c15029a3de0168': None, '78b6a41adfb47499': 30, 'de7091d64e309e6f': 31, '1beeb6110d139acc': 4}},
        {'a_W_prime': {'932ad3fe00f3af9e': None, 'ede38492cb099d31': 0, '7eaa7de70f7569f8': 1, '7f9c3e82d4176016': 2, '41d90c807c482224': 3, '22806db9007521b2': 4}, 'a_b_prime': {'c59e636ca6bcf170': None, '716f55b100a8fa8f': 5, 'deda1c3c98894449': 4, '8b26a185416d1ff4': 7, '2a10aeea27c2fcbb': 8}, 'a_y_two_layer': {'75e90de89298d200': None, '9697c881eb21063f': 9, 'e16e0778264072bb': 10, '87b373ff4d7b9267': 11, '93cbf9d6b40034dc': 12, 'e7e192845a40cd92': 13, '8159b2f64ec242c9': 4}, 'a_y_collapsed': {'4c13df4349d83dcd': None, '8c22b7d151d83c00': 0, '81144eaed471d822': 14, 'bcf0479664c02b12': 15, '6ffdbc5c153d4d5f': 4}, 'a_y_relu': {'29258806c34093ff': None, 'ccde63da05c85f7e': 16, '425112a7cffca47e': 17, '6f47621d85ea6a75': 18, 'b5dec78d832f6b05': 19, 'dda808c04e8e902a': 4}, 'b_q': {'7e956efdef52024d': None, 'e7c8819c5b21ce3b': 20, '4e077c4e2722a06f': 21, 'fa2b2eceaa5338ce': 4}, 'b_f': {'9fd5816b6267d807': None, '1e401834c3020189': 22, '2d2b77c96ef35cf2': 23, '09f936e37c728778': 4}, 'b_dfdx': {'cc645b849d2f82a4': None, '4e105aac642e7466': 24, '3d0978ea4de0e4b8': 25, '4073bd0a5ff6a480': 29, '8f5dc912d2c05239': 27, '4bed74d53d2e61d2': 4}, 'b_dfdy': {'587478c35e841197': None, '603b8f63a54c3147': 24, '3c93f84220f04894': 25, 'eae4db31e16a02fb': 29, '044ebb3128d0f807': 27, 'dab1d126a87d4af4': 4}, 'b_dfdz': {'e981fda11cce9ed9': None, '1dee748c5b3656a8': 28, '88ab9acac28f1678': 25, '710ba3865f1c9e16': 29, 'f1e4196ed73ee8ae': 27, 'a6b4bf9950dc6429': 4}, 'b_finite_difference': {'25985b67777761f1': None, '335e933a99b6067d': 30, '250eba916205786f': 31, '42e02ca2e3c4425a': 32, '1beeb6110d139acc': 4}},
        {'a_W_prime': {'697eeabfa5ed7bfd': None, '3c658d467cbd1c52': 0, 'df9f826c478a1ac1': 1, 'cabd263868f66a9f': 2, '7bd362488044f520': 3, '22806db9007521b2': 4}, 'a_b_prime': {'c59e636ca6bcf170': None, 'e58ac4375c1c52cf': 5, '1bb790263d833949': 6, '0f75b3dd37115c99': 7, 'd814c13c5cecaa20': 8, 'deda1c3c98894449': 4}, 'a_y_two_layer': {'691c8ef75926b040': None, '2e5ca5b53dc876b2': 9, '12178941c037478f': 10, '22feaaf9c06befd9': 11, '93cbf9d6b40034dc': 12, 'c3f6a3cb78d17f1a': 13, '8159b2f64ec242c9': 4}, 'a_y_collapsed': {'0175693c31ff9136': None, '5e17f44b7b7a4f57': 0, 'd427e3166dab816d': 14, '68a71553372166ec': 15, '6ffdbc5c153d4d5f': 4}, 'a_y_relu': {'f2128d3b03847580': None, 'ceaef5f30b40417f': 16, '425112a7cffca47e': 17, 'a275bc6c3538ff10': 19, 'dda808c04e8e902a': 4}, 'b_q': {'d0dc418c625b45f2': None, 'ec8225c811065054': 20, 'a3946bfb8236547f': 21, 'fa2b2eceaa5338ce': 4}, 'b_f': {'347f8b7f0abde480': None, '942f5eaee8bc8d6c': 22, 'a40372503bc4c9c1': 23, '09f936e37c728778': 4}, 'b_dfdx': {'3d0978ea4de0e4b8': None, '4e105aac642e7466': 24, 'cc645b849d2f82a4': 25, 'a90a7b8240f61044': 29, '4bed74d53d2e61d2': 4, '67c3ab5365d0c70e': 27}, 'b_dfdy': {'3c93f84220f04894': None, '603b8f63a54c3147': 24, '587478c35e841197': 25, '29e7c451eb616103': 29, 'dab1d126a87d4af4': 4, 'baf6481e41f641d7': 27}, 'b_dfdz': {'6909e14a7cf9c844': None, '1dee748c5b3656a8': 28, '9fe00390f3b0b1ff': 25, '0e2e2353d5c45f5c': 29, '1f5894bfc9dd91ab': 27, 'a6b4bf9950dc6429': 4}, 'b_finite_difference': {'42e02ca2e3c4425a': None, 'c58026c89c0b1d97': 30, '20095ed5919ffa64': 31, '25985b67777761f1': 32, '1beeb6110d139acc': 4}},
        {'a_W_prime': {'3cea1b0d914677bb': None, '2f5dd6d2d0a0394b': 0, '6187a07b9d8aca2e': 1, '569bfb35dca86023': 2, '28d10ff7cda891c1': 3, '22806db9007521b2': 4}, 'a_b_prime': {'c921be893c79b054': None, '4c39531ec8d68f1f': 5, 'bb0fc601adce1a67': 6, '2a95b4f38a7c6c94': 7, '0dcf5bdb7dce48bc': 8, 'deda1c3c98894449': 4}, 'a_y_two_layer': {'2a85dc2cc104dbcf': None, 'e7cabe45a4e09f8f': 9, 'b6cacceafa2abe09': 10, '887d6f02f241f18f': 11, 'a6182607b780affa': 12, '1bf024f3a86baa02': 13, '8159b2f64ec242c9': 4}, 'a_y_collapsed': {'262443b9eae526d8': None, '0fa5f73178c934db': 0, '425c86da0a727145': 14, '7d4c3a5f4b160854': 15, '6ffdbc5c153d4d5f': 4}, 'a_y_relu': {'59526f01991d381e': None, '908c9988fca3b0d3': 16, 'ed45bf04bf5d0a84': 17, '7c9587f69d14c669': 19, 'dda808c04e8e902a': 4}, 'b_q': {'3af581a129cbebc8': None, 'a44a5d4772a67f80': 20, 'fa2b2eceaa5338ce': 4}, 'b_f': {'3fe6140b1942a499': None, 'c7c8c10d8c1578f8': 22, '6023c8c7db2e96cd': 23, '09f936e37c728778': 4}, 'b_dfdx': {'4443f0f6836779a6': None, '4e105aac642e7466': 24, '6ce64cdb293c9e61': 25, '6b510edfbc7acbb3': 29, '4bed74d53d2e61d2': 4, '4d54b6769accf3b9': 27}, 'b_dfdy': {'c2ffc383ff0d2da5': None, '603b8f63a54c3147': 24, '5298ad5b883e6dbb': 25, '6ec3558e4580c1ae': 29, 'dab1d126a87d4af4': 4, '3f0211d063cdade2': 27}, 'b_dfdz': {'8ba5be422ec93315': None, '1dee748c5b3656a8': 28, 'a6b4bf9950dc6429': 4, 'f5a6409795bc6bed': 29, '0ba94180e771361e': 27}, 'b_finite_difference': {'9df951be5cf3d6c3': None, 'a3043b4425c00841': 30, '86998ae37d8b2e59': 31, '7d9000ca86f0ccf5': 32, '1beeb6110d139acc': 4}},
        {'a_W_prime': {'b80ec2f5e6e72077': None, '413a9b66771f6b2a': 0, '0c712e680c0baf54': 1, 'f632e38b4f9bd167': 2, 'c0de7d1d91656de6': 3, '22806db9007521b2': 4}, 'a_b_prime': {'1f9ff5dff0ae7d89': None, '1b002fa618d81eba': 5, '7ba50e55d13f7ce9': 6, '2a10aeea27c2fcbb': 7, '44b323d105011b0c': 8, 'deda1c3c98894449': 4}, 'a_y_two_layer': {'471a762ad8683c50': None, 'e11622e1b5fa1cc8': 9, 'b9d71796e3fb97ed': 10, 'ecb9316df7334794': 11, '93cbf9d6b40034dc': 12, 'dedca88d32eaea9b': 13, '8159b2f64ec242c9': 4}, 'a_y_collapsed': {'0157b771c7331690': None, '1daf2940704ecb96': 0, '106a1e28406233e3': 14, '8b8d34a8bcfd4caa': 15, '6ffdbc5c153d4d5f': 4}, 'a_y_relu': {'a9bae5d464b61261': None, 'f961999914706b13': 16, '425112a7cffca47e': 17, 'b01f80af19a7fb8c': 18, '055a860c68aeea64': 19, 'dda808c04e8e902a': 4}, 'b_q': {'0ced3e49462d3b2c': None, 'f33a6975a249ad66': 20, 'ec8225c811065054': 21, 'fa2b2eceaa5338ce': 4}, 'b_f': {'3e06727d1bdbea5a': None, '4cf0dedbf3dd16ed': 22, '6af444d9a8ab7107': 23, '09f936e37c728778': 4}, 'b_dfdx': {'2820ce85feeda534': None, '4e105aac642e7466': 24, 'da25cf08aa38b4c9': 25, '6ce64cdb293c9e61': 29, 'dd99437f054b8582': 27, '4bed74d53d2e61d2': 4}, 'b_dfdy': {'9708e4af66877f2d': None, '603b8f63a54c3147': 24, '2548412e2b4c695e': 25, '5298ad5b883e6dbb': 29, '11a8e079c9dc20f6': 27, 'dab1d126a87d4af4': 4}, 'b_dfdz': {'bd8ba6eedb216445': None, '1dee748c5b3656a8': 28, 'f5a6409795bc6bed': 25, '30fe5db736baaab1': 29, 'b57c395490a1882b': 27, 'a6b4bf9950dc6429': 4}, 'b_finite_difference': {'4d4620b1e89c7442': None, 'ff26f538e089fbc6': 30, '9c68ce1db78caa25': 31, '49f31afb16ae70a0': 32, '1beeb6110d139acc': 4}},
        {'a_W_prime': {'47a7269204b1bce6': None, '43f052da384afeb6': 0, '6e32331d6c4c7106': 1, 'd6f5ebc407750879': 2, '9b2bf024f75f373f': 3, '22806db9007521b2': 4}, 'a_b_prime': {'48550b3022052e53': None, 'db66ddd33046ffeb': 5, '1c5329068f347121': 6, '708ed8b82f88dc73': 7, 'ae6c533d9c98f5bc': 8, 'deda1c3c98894449': 4}, 'a_y_two_layer': {'55d60591adacf6bc': None, '8b63cfdf6426730e': 9, 'e9f495755328ee50': 10, '5f385c47091d93af': 11, '93cbf9d6b40034dc': 12, '2a2c83c19987c60d': 13, '8159b2f64ec242c9': 4}, 'a_y_collapsed': {'3b0475046168a3ac': None, '6147648693e05a1e': 0, 'f2fef78740b21352': 14, 'fd822de96670f994': 15, '6ffdbc5c153d4d5f': 4}, 'a_y_relu': {'60fb5869517a3d48': None, '43057a846159c559': 16, '425112a7cffca47e': 17, '598162ccb0f45b32': 19, 'dda808c04e8e902a': 4}, 'b_q': {'a9bed0b77d4c6539': None, '3af581a129cbebc8': 20, '617742a67dda98b9': 21, 'fa2b2eceaa5338ce': 4}, 'b_f': {'f340a44ed78b0277': None, '9ebb200c2c50a89e': 22, '8dbb1c9e66b69359': 23, '09f936e37c728778': 4}, 'b_dfdx': {'2820ce85feeda534': None, '4e105aac642e7466': 24, 'da25cf08aa38b4c9': 25, 'c5ddd7d33f7d6e89': 29, '6ce64cdb293c9e61': 26, '6fff41e67738884c': 27, '4bed74d53d2e61d2': 4}, 'b_dfdy': {'9708e4af66877f2d': None, '603b8f63a54c3147': 24, '2548412e2b4c695e': 25, '641fe2b5ef59d5cb': 29, '5298ad5b883e6dbb': 26, '5560cf2c79553579': 27, 'dab1d126a87d4af4': 4}, 'b_dfdz': {'c058da18bed44d14': None, '1dee748c5b3656a8': 28, 'bd49ef450dd6119f': 25, '30fe5db736baaab1': 29, '0b1106005a05fad4': 27, 'a6b4bf9950dc6429': 4}, 'b_finite_difference': {'4d4620b1e89c7442': None, 'ff26f538e089fbc6': 30, '2f6432031db50681': 31, '49f31afb16ae70a0': 32, '1beeb6110d139acc': 4}},
        {'a_W_prime': {'7cc010dc9d3499c1': None, '54bd52108ef83616': 0, 'eff9b671262cca22': 1, '0278c1ad74918601': 2, '22806db9007521b2': 4}, 'a_b_prime': {'6da6cc5edf1014f2': None, '40d255473cad5cb2': 5, '4a550e8f8c01b027': 6, '8b26a185416d1ff4': 7, 'bb0fc601adce1a67': 8, 'deda1c3c98894449': 4}, 'a_y_two_layer': {'a5629d702b0328fd': None, 'e15e3e70ff93b6b9': 9, '285bae2835a085db': 10, 'be9089b5ebfa12b7': 11, '55acbc6078a43176': 12, '938581698f22bee7': 13, '8159b2f64ec242c9': 4}, 'a_y_collapsed': {'8f10ba4c42841b48': None, 'bdbc9f73a907da33': 0, '10088a8834aef0ba': 14, '684d08897a540a3b': 15, '6ffdbc5c153d4d5f': 4}, 'a_y_relu': {'df05e2d87851658e': None, 'bf9531a4e75c03c3': 16, 'b00a1dbd1828b3c5': 17, '02c29993d2a7261b': 18, '63f704fad57536a8': 19, 'dda808c04e8e902a': 4}, 'b_q': {'96c51ffc4502d9f9': None, '9dc50175ed8499e9': 20, 'a9207f3ad1fe7306': 21, 'fa2b2eceaa5338ce': 4}, 'b_f': {'9ebb200c2c50a89e': None, '09f936e37c728778': 4, '1ebd2678cc0c9feb': 23}, 'b_dfdx': {'4bed74d53d2e61d2': None, '4e105aac642e7466': 24, '6b510edfbc7acbb3': 25, 'da25cf08aa38b4c9': 29, 'a9c839e7912c38d8': 26, 'c5ddd7d33f7d6e89': 27}, 'b_dfdy': {'dab1d126a87d4af4': None, '603b8f63a54c3147': 24, '6ec3558e4580c1ae': 25, '2548412e2b4c695e': 29, '4712ef755f3a6871': 26, '641fe2b5ef59d5cb': 27}, 'b_dfdz': {'4f0e46c4e963632a': None, '1dee748c5b3656a8': 28, '30fe5db736baaab1': 25, 'a6b4bf9950dc6429': 4, 'c058da18bed44d14': 27}, 'b_finite_difference': {'1beeb6110d139acc': None, '9144f8cb1c513b73': 30, '71e95419a5809550': 31, '22c15029a3de0168': 32}},
        {'a_W_prime': {'46c5ab173415c2a6': None, '0bf156091f212fef': 0, '912185a13d561e74': 1, 'a6ca967cda5842a8': 2, '3a819892222e4d31': 3, '22806db9007521b2': 4}, 'a_b_prime': {'87fe5a99b8eff920': None, '97313ef9fc3f3207': 5, 'f4df728c7281c763': 6, '40b4a9388f0ccb56': 7, '89c3b796a378d883': 8, 'deda1c3c98894449': 4}, 'a_y_two_layer': {'b67ec9933bfcda78': None, '5d9b66d9ddbd7c91': 9, '15b265f14af722fe': 10, 'abfae2b93c5f78b0': 11, '93cbf9d6b40034dc': 12, '062c8d951e25c83d': 13, '8159b2f64ec242c9': 4}, 'a_y_collapsed': {'91d2e99439ebdda1': None, '1c1d16c0e926f68f': 0, '4ea82a862e41a17d': 14, '279e4828f2a5f17a': 15, '6ffdbc5c153d4d5f': 4}, 'a_y_relu': {'c36f51215976bdf9': None, 'ebffa98d3fc77d09': 16, '425112a7cffca47e': 17, '6f47621d85ea6a75': 18, 'f304502c44a36060': 19, 'dda808c04e8e902a': 4}, 'b_q': {'dc15940f37ffc08c': None, 'e7c8819c5b21ce3b': 20, 'f33a6975a249ad66': 21, 'fa2b2eceaa5338ce': 4}, 'b_f': {'0493fbf8aef67722': None, '5de6120bf1c29752': 22, 'bde8f0b5c2f4bf33': 23, '09f936e37c728778': 4}, 'b_dfdx': {'4bed74d53d2e61d2': None, '4e105aac642e7466': 24, '6b510edfbc7acbb3': 25, 'cc645b849d2f82a4': 29, '6627239d0efba1fe': 27}, 'b_dfdy': {'dab1d126a87d4af4': None, '603b8f63a54c3147': 24, '6ec3558e4580c1ae': 25, '587478c35e841197': 29, '8c36e43d2e990769': 27}, 'b_dfdz': {'710ba3865f1c9e16': None, '1dee748c5b3656a8': 28, '0e2e2353d5c45f5c': 25, 'a6b4bf9950dc6429': 4, '0b25c5630470a548': 27}, 'b_finite_difference': {'1beeb6110d139acc': None, '9144f8cb1c513b73': 30, '6d95c3931a733a25': 31, '22c15029a3de0168': 32}},
        {'a_W_prime': {'0c499476186af0dd': None, '802a827d25586453': 0, '4e7d12d429db20e5': 1, '59225930024cf306': 2, '77e53abd25681840': 3, '22806db9007521b2': 4}, 'a_b_prime': {'48e4351d97972ff0': None, 'c8596f68eb49eaef': 5, '1bb790263d833949': 6, '2556bcdefc54433a': 7, '43cc5d24ab5664e6': 8, 'deda1c3c98894449': 4}, 'a_y_two_layer': {'1e3e332507be7718': None, 'd87d8b8632f9a6a7': 9, '2f0a87292e3eabaf': 10, '5bf07cd6c2a701b3': 11, '93cbf9d6b40034dc': 12, '8b433cd31e93cf36': 13, '8159b2f64ec242c9': 4}, 'a_y_collapsed': {'36200a0959de20af': None, '0a79ade486e0bdd1': 0, 'd58ac6d66ac242b4': 14, '8acdc2fa8d34390d': 15, '6ffdbc5c153d4d5f': 4}, 'a_y_relu': {'9b05755ad8e7ce91': None, '143a2ebd9c69352b': 16, '425112a7cffca47e': 17, 'ebffa98d3fc77d09': 19, 'dda808c04e8e902a': 4}, 'b_q': {'a44a5d4772a67f80': None, 'e3aca720f64789e5': 20, '9dc50175ed8499e9': 21, 'fa2b2eceaa5338ce': 4}, 'b_f': {'23ab4c2c6617de07': None, '3fe6140b1942a499': 22, '63165d5a98bea218': 23, '09f936e37c728778': 4}, 'b_dfdx': {'2820ce85feeda534': None, '4e105aac642e7466': 24, 'da25cf08aa38b4c9': 25, '4d54b6769accf3b9': 29, '6ce64cdb293c9e61': 26, '5aa427e8bea86091': 27, '4bed74d53d2e61d2': 4}, 'b_dfdy': {'9708e4af66877f2d': None, '603b8f63a54c3147': 24, '2548412e2b4c695e': 25, '3f0211d063cdade2': 29, '5298ad5b883e6dbb': 26, 'd525c93f2de4b5e6': 27, 'dab1d126a87d4af4': 4}, 'b_dfdz': {'0ba94180e771361e': None, '1dee748c5b3656a8': 28, '5e69ca617a0a54cf': 25, '30fe5db736baaab1': 29, '8acac73355709756': 27, 'a6b4bf9950dc6429': 4}, 'b_finite_difference': {'4d4620b1e89c7442': None, 'ff26f538e089fbc6': 30, '444ff695db8bd72f': 31, '49f31afb16ae70a0': 32, '1beeb6110d139acc': 4}},
        {'a_W_prime': {'dd504d8973b27147': None, '5804567a2288b1c9': 0, '0f095c64c924d1b4': 1, '02657a811c15c612': 2, '80425c4203bce169': 3, '22806db9007521b2': 4}, 'a_b_prime': {'e48ac5f01aee89bf': None, '310cede5f7c3baa7': 5, '3fc9a477f5b52951': 6, 'd814c13c5cecaa20': 7, '064b612a0d5e921a': 8, 'deda1c3c98894449': 4}, 'a_y_two_layer': {'2ae3f2d639cdb8dc': None, '695073ed483fe359': 9, 'c50ab44c57a17578': 10, 'd4f02430b9d8a700': 11, '020131e1c500144f': 12, '7b00c82d2420a10a': 13, '8159b2f64ec242c9': 4}, 'a_y_collapsed': {'f2378ee517f306fd': None, '832d43b42ad1bdc1': 0, '6ffdbc5c153d4d5f': 4, '0ae08fbd48d5eec3': 15}, 'a_y_relu': {'c296f866b5bc7bab': None, 'cc598920df4d7b37': 16, 'd277f8fdfaf60d30': 17, '6f47621d85ea6a75': 18, '31e7b824d37c517a': 19, 'dda808c04e8e902a': 4}, 'b_q': {'dc15940f37ffc08c': None, '0ced3e49462d3b2c': 20, 'f33a6975a249ad66': 21, 'fa2b2eceaa5338ce': 4}, 'b_f': {'4f1a105e72457b54': None, '5de6120bf1c29752': 22, 'dac0cc6f6d832209': 23, '09f936e37c728778': 4}, 'b_dfdx': {'6ce64cdb293c9e61': None, '4e105aac642e7466': 24, '4443f0f6836779a6': 25, 'cc645b849d2f82a4': 29, 'a9c839e7912c38d8': 26, 'a2a6e71420e67e9b': 27, '4bed74d53d2e61d2': 4}, 'b_dfdy': {'5298ad5b883e6dbb': None, '603b8f63a54c3147': 24, 'c2ffc383ff0d2da5': 25, '587478c35e841197': 29, '4712ef755f3a6871': 26, '99b8c00ba42c05a1': 27, 'dab1d126a87d4af4': 4}, 'b_dfdz': {'710ba3865f1c9e16': None, '1dee748c5b3656a8': 28, '0e2e2353d5c45f5c': 25, 'bd8ba6eedb216445': 29, '53a3df3a8ae24bdf': 27, 'a6b4bf9950dc6429': 4}, 'b_finite_difference': {'7d9000ca86f0ccf5': None, '88e62dd8860a09d0': 30, '70547e9c30db3a64': 31, '9df951be5cf3d6c3': 32, '1beeb6110d139acc': 4}},
        {'a_W_prime': {'76d3beaadd57ca2e': None, 'b7638c763dd132ec': 0, '7d8a76191cfac70d': 1, 'd8cc61ec1770a293': 2, 'b50d1bff7d50a796': 3, '22806db9007521b2': 4}, 'a_b_prime': {'e3c530ad0ebd1b1d': None, 'b1a8f0a9b6df0088': 5, 'bb0fc601adce1a67': 6, '93155a3d2cc8f117': 7, '28da114c8b07902e': 8, 'deda1c3c98894449': 4}, 'a_y_two_layer': {'8f46fcb97fd06a0f': None, 'fc4cfe9a6ec093d0': 9, '8bff5021e73c03dd': 10, '4ad745bfb8b3c490': 11, 'dda205bd0d841e5e': 12, '8ca251d072c7083d': 13, '8159b2f64ec242c9': 4}, 'a_y_collapsed': {'0cb88e0656ea4dee': None, 'f5404e9276552196': 0, '89161576d6628c9f': 14, '43265e484982d568': 15, '6ffdbc5c153d4d5f': 4}, 'a_y_relu': {'057faac456ad4579': None, '8c86873f07fb8d31': 16, 'bfba3c629e34ee7b': 17, 'd4365ef48b56e150': 18, 'f0f208b4e569f553': 19, 'dda808c04e8e902a': 4}, 'b_q': {'f33a6975a249ad66': None, 'e7c8819c5b21ce3b': 20, 'dc15940f37ffc08c': 21, 'fa2b2eceaa5338ce': 4}, 'b_f': {'bde8f0b5c2f4bf33': None, '509dc3dd9fdf807c': 22, '0493fbf8aef67722': 23, '09f936e37c728778': 4}, 'b_dfdx': {'4bed74d53d2e61d2': None, '4e105aac642e7466': 24, '6b510edfbc7acbb3': 25, '3d0978ea4de0e4b8': 29, '6ce64cdb293c9e61': 26, '3c465ff79121af50': 27}, 'b_dfdy': {'dab1d126a87d4af4': None, '603b8f63a54c3147': 24, '6ec3558e4580c1ae': 25, '3c93f84220f04894': 29, '5298ad5b883e6dbb': 26, 'fa439e0b1d9f10dc': 27}, 'b_dfdz': {'0e2e2353d5c45f5c': None, '1dee748c5b3656a8': 28, '710ba3865f1c9e16': 25, 'a6b4bf9950dc6429': 4, '1103c59a693f59da': 27}, 'b_finite_difference': {'1beeb6110d139acc': None, '9144f8cb1c513b73': 30, 'e6678644d337f0af': 31, '22c15029a3de0168': 32}},
        {'a_W_prime': {'33b653080087dbb3': None, '9078fa2ad649064c': 0, 'e18c9a51d924a940': 1, 'f39297003bef4faf': 2, '00aae79245d54885': 3, '22806db9007521b2': 4}, 'a_b_prime': {'ef52e0b7fae13e42': None, 'f6587fbe5eb90b5b': 5, '2a10aeea27c2fcbb': 6, '25cc2efc06ddea6d': 7, '3f993bc8a61dd9d6': 8, 'deda1c3c98894449': 4}, 'a_y_two_layer': {'a7bcc04651862839': None, '10abe04bfe83374e': 9, '38275a48ff440325': 10, '03e4ac5c5ff95a53': 11, '7e1b1ceb19db26a8': 12, '406d5cc4e306c2a4': 13, '8159b2f64ec242c9': 4}, 'a_y_collapsed': {'9cf5d6332f3a29ff': None, 'bf671898907b424f': 0, 'b7fd2804f20566c6': 14, 'ba8353560db9420a': 15, '6ffdbc5c153d4d5f': 4}, 'a_y_relu': {'ad6edb1275676648': None, '32df1f45a7436fdb': 16, '3653c43102581d8d': 17, '1be67acf5aead2b9': 18, 'b1bbc0ad705bb74c': 19, 'dda808c04e8e902a': 4}, 'b_q': {'0ced3e49462d3b2c': None, 'd0dc418c625b45f2': 20, 'ec8225c811065054': 21, 'fa2b2eceaa5338ce': 4}, 'b_f': {'6023c8c7db2e96cd': None, '4cf0dedbf3dd16ed': 22, '3fe6140b1942a499': 23, '09f936e37c728778': 4}, 'b_dfdx': {'6b510edfbc7acbb3': None, '4e105aac642e7466': 24, '4bed74d53d2e61d2': 4, '6ce64cdb293c9e61': 29, '3d0978ea4de0e4b8': 26, 'd89afd7ef58ecbf2': 27}, 'b_dfdy': {'6ec3558e4580c1ae': None, '603b8f63a54c3147': 24, 'dab1d126a87d4af4': 4, '5298ad5b883e6dbb': 29, '3c93f84220f04894': 26, 'e5962fce3b702fa3': 27}, 'b_dfdz': {'bd8ba6eedb216445': None, '1dee748c5b3656a8': 28, 'f5a6409795bc6bed': 25, '8ba5be422ec93315': 29, '5e69ca617a0a54cf': 27, 'a6b4bf9950dc6429': 4}, 'b_finite_difference': {'22c15029a3de0168': None, '78b6a41adfb47499': 30, 'ebe3a7ba7509353e': 31, '1beeb6110d139acc': 4}},
        {'a_W_prime': {'749c88a82962b032': None, 'decdc8708de0ada2': 0, '3d174a080a5f9329': 1, '3761a5bfd33029ae': 2, 'edbf7dd9231ffa3a': 3, '22806db9007521b2': 4}, 'a_b_prime': {'71df6c7a5fba9d8c': None, '88ffebbd099f8927': 5, 'f4df728c7281c763': 6, '6c1df60ed7eb10a1': 7, '4266c4a6dcc1b97f': 8, 'deda1c3c98894449': 4}, 'a_y_two_layer': {'0244c0b92f6b09e2': None, 'ac4f74f3629a0c8e': 9, 'f3af1d3683fe6745': 10, '36289e96c9146aea': 11, '86670a935e8ff1ee': 12, 'e7bc95e0e9ff43a9': 13, '8159b2f64ec242c9': 4}, 'a_y_collapsed': {'0ff6cf38a5f66be8': None, '903e12a4d4a3c6e8': 0, '3524335a57881af4': 14, 'd43ab08ac4006888': 15, '6ffdbc5c153d4d5f': 4}, 'a_y_relu': {'4d4587419e83811a': None, '3829746b68ced84e': 16, '50469d29ef40067e': 17, '0dce1e8106a3d0d0': 18, 'f304502c44a36060': 19, 'dda808c04e8e902a': 4}, 'b_q': {'d0dc418c625b45f2': None, 'ec8225c811065054': 20, 'a3946bfb8236547f': 21, 'fa2b2eceaa5338ce': 4}, 'b_f': {'e8d9b4eeab5ee8e9': None, '942f5eaee8bc8d6c': 22, '09f936e37c728778': 4}, 'b_dfdx': {'a9c839e7912c38d8': None, '4e105aac642e7466': 24, 'a90a7b8240f61044': 29, '4bed74d53d2e61d2': 4, '151bcdcfe2bfc8ef': 27}, 'b_dfdy': {'4712ef755f3a6871': None, '603b8f63a54c3147': 24, '29e7c451eb616103': 29, 'dab1d126a87d4af4': 4, '692cf27e25bec18a': 27}, 'b_dfdz': {'6909e14a7cf9c844': None, '1dee748c5b3656a8': 28, '9fe00390f3b0b1ff': 25, '74be1cf8dcffe4f4': 29, 'a6b4bf9950dc6429': 4}, 'b_finite_difference': {'204b13c9b3e18b60': None, '4d40cc6774192699': 30, '89416bef75a89ef9': 31, 'ff1863e2c44fa279': 32, '1beeb6110d139acc': 4}},
        {'a_W_prime': {'99ec12041c994ec4': None, 'a486ce8f8cfa4f43': 0, '9bc5d0797dad8533': 1, '87ef963096ecb3ad': 2, '90a2d7d26045a42a': 3, '22806db9007521b2': 4}, 'a_b_prime': {'dd2ea5edaa05f3a6': None, 'e418e15d35055c4b': 5, '37d5561b9bb8ea96': 6, '8cd9a332cf0a0bbf': 7, 'bb0fc601adce1a67': 8, 'deda1c3c98894449': 4}, 'a_y_two_layer': {'bc817b10cf0256ee': None, 'f79745adbf81aee7': 9, '5abc9d7f5888866a': 10, '30c42a99a346ef4a': 11, '30111f9929971c9a': 12, 'ee84f54d14fb6ab5': 13, '8159b2f64ec242c9': 4}, 'a_y_collapsed': {'73e364c28e5a6640': None, '92951205dab5d682': 0, 'ef4d27cfbacf6c5e': 14, 'd192fdd8ac0c0f24': 15, '6ffdbc5c153d4d5f': 4}, 'a_y_relu': {'7a56c2438697e2d6': None, '8cd7f9ab54abf983': 16, '754f2ebfb08a0492': 17, '425112a7cffca47e': 18, '2fc7ce4edf7848a9': 19, 'dda808c04e8e902a': 4}, 'b_q': {'a9bed0b77d4c6539': None, '3af581a129cbebc8': 20, '617742a67dda98b9': 21, 'fa2b2eceaa5338ce': 4}, 'b_f': {'257167e239756c93': None, '9ebb200c2c50a89e': 22, '216e4a837a4fb207': 23, '09f936e37c728778': 4}, 'b_dfdx': {'6b510edfbc7acbb3': None, '4e105aac642e7466': 24, '4bed74d53d2e61d2': 4, 'c5ddd7d33f7d6e89': 29, '6ce64cdb293c9e61': 26, '3b0bb03f1f42c71f': 27}, 'b_dfdy': {'6ec3558e4580c1ae': None, '603b8f63a54c3147': 24, 'dab1d126a87d4af4': 4, '641fe2b5ef59d5cb': 29, '5298ad5b883e6dbb': 26, 'af776981323f5137': 27}, 'b_dfdz': {'c058da18bed44d14': None, '1dee748c5b3656a8': 28, 'bd49ef450dd6119f': 25, '8ba5be422ec93315': 29, '3b33563d3b2278a6': 27, 'a6b4bf9950dc6429': 4}, 'b_finite_difference': {'22c15029a3de0168': None, '78b6a41adfb47499': 30, '12ec6584eba7c6a5': 31, '1beeb6110d139acc': 4}},
        {'a_W_prime': {'bc875ce11f52f779': None, '1eb3f9c2e7d0edae': 0, '2018d1a42fcf7b31': 1, 'a907782be9e667e2': 2, 'e13ea6f534d51656': 3, '22806db9007521b2': 4}, 'a_b_prime': {'df9ac4dfb0386289': None, '2a95b4f38a7c6c94': 5, '37d5561b9bb8ea96': 6, '3c69ce5af039d92b': 7, '173ce78e967e28cc': 8, 'deda1c3c98894449': 4}, 'a_y_two_layer': {'16b1e32070c677b1': None, '35cf4bfd05b32ac2': 9, 'cc01fae93c8da383': 10, 'ae5173895a70a370': 11, '93cbf9d6b40034dc': 12, '32f4bbdbd4b1760d': 13, '8159b2f64ec242c9': 4}, 'a_y_collapsed': {'62ad9bbd48e1e534': None, '5ada4826ab0e36c3': 0, '103fbe63162294c3': 14, '6facd5ba2ce8037d': 15, '6ffdbc5c153d4d5f': 4}, 'a_y_relu': {'5c8f0151da611d74': None, '3976dc89f9db3f65': 16, '425112a7cffca47e': 17, 'd4365ef48b56e150': 18, '35e6427b732be22b': 19, 'dda808c04e8e902a': 4}, 'b_q': {'fa2b2eceaa5338ce': None, '617742a67dda98b9': 20, '3af581a129cbebc8': 21}, 'b_f': {'3fe6140b1942a499': None, '54c924af19503166': 22, '6023c8c7db2e96cd': 23, '09f936e37c728778': 4}, 'b_dfdx': {'6ce64cdb293c9e61': None, '4e105aac642e7466': 24, '4443f0f6836779a6': 25, '4bed74d53d2e61d2': 4, '4d54b6769accf3b9': 27}, 'b_dfdy': {'5298ad5b883e6dbb': None, '603b8f63a54c3147': 24, 'c2ffc383ff0d2da5': 25, 'dab1d126a87d4af4': 4, '3f0211d063cdade2': 27}, 'b_dfdz': {'a6b4bf9950dc6429': None, '1dee748c5b3656a8': 28, '8ba5be422ec93315': 25, 'bd8ba6eedb216445': 29, '0ba94180e771361e': 27}, 'b_finite_difference': {'7d9000ca86f0ccf5': None, '88e62dd8860a09d0': 30, '1435e97d95055bbd': 31, '9df951be5cf3d6c3': 32, '1beeb6110d139acc': 4}},
        {'a_W_prime': {'82d785e4aef5089d': None, '73e207274ae4e6ce': 0, 'bac711ae25f9ba4c': 1, '3cb9899e3d33a64f': 2, 'e3e6196ae99cf40b': 3, '22806db9007521b2': 4}, 'a_b_prime': {'d502aaf94a910e25': None, 'd1f64f583e45e8f8': 5, '4a550e8f8c01b027': 6, 'b2de1d708c66b299': 7, '3a7ef319289475b5': 8, 'deda1c3c98894449': 4}, 'a_y_two_layer': {'26d3f2fe11194f71': None, '2ca24e065dbbed6e': 9, '930a9cdd2f7dee9a': 10, 'a97beb0638eb1728': 11, '06a4ee31d3166e68': 12, '07bcbee7c2163d4e': 13, '8159b2f64ec242c9': 4}, 'a_y_collapsed': {'cf9c42a422c4e8e4': None, '72e50647ce2f0dd8': 0, '9082dde5b56b9939': 14, '3b142b29fc1b5c0c': 15, '6ffdbc5c153d4d5f': 4}, 'a_y_relu': {'a6722295a8b40bcd': None, '85bdc7b07f5ec1fe': 16, 'cbac29daa6ddb3db': 17, '712e7216dcc77cc8': 18, 'd1ce2ff1761ee39d': 19, 'dda808c04e8e902a': 4}, 'b_q': {'ec8225c811065054': None, 'e7c8819c5b21ce3b': 20, '0ced3e49462d3b2c': 21, 'fa2b2eceaa5338ce': 4}, 'b_f': {'4f1a105e72457b54': None, 'acadd0f9ebdc3851': 22, 'dac0cc6f6d832209': 23, '09f936e37c728778': 4}, 'b_dfdx': {'3d0978ea4de0e4b8': None, '4e105aac642e7466': 24, 'cc645b849d2f82a4': 25, '4443f0f6836779a6': 29, 'a9c839e7912c38d8': 26, 'a2a6e71420e67e9b': 27, '4bed74d53d2e61d2': 4}, 'b_dfdy': {'3c93f84220f04894': None, '603b8f63a54c3147': 24, '587478c35e841197': 25, 'c2ffc383ff0d2da5': 29, '4712ef755f3a6871': 26, '99b8c00ba42c05a1': 27, 'dab1d126a87d4af4': 4}, 'b_dfdz': {'f5a6409795bc6bed': None, '1dee748c5b3656a8': 28, 'bd8ba6eedb216445': 25, '0e2e2353d5c45f5c': 29, '53a3df3a8ae24bdf': 27, 'a6b4bf9950dc6429': 4}, 'b_finite_difference': {'42e02ca2e3c4425a': None, 'c58026c89c0b1d97': 30, '298c812e8344b95a': 31, '25985b67777761f1': 32, '1beeb6110d139acc': 4}},
        {'a_W_prime': {'84495df548d509a8': None, 'cef08f76ae63d4bf': 0, '98eae108f571678d': 1, 'd70104895aea0dce': 2, 'e525a1c37425d82a': 3, '22806db9007521b2': 4}, 'a_b_prime': {'0c04e316b1b2d782': None, '03e96ce12f892ee8': 5, '3c69ce5af039d92b': 6, '7ba50e55d13f7ce9': 7, 'fa8fff58b9c40ba4': 8, 'deda1c3c98894449': 4}, 'a_y_two_layer': {'54d2c96ea44f6148': None, 'a104bad9acbb4486': 9, 'a2cdaa01e58cf84f': 10, 'edd7bea5382177bc': 11, '93cbf9d6b40034dc': 12, '0a3e8820e6fc6c54': 13, '8159b2f64ec242c9': 4}, 'a_y_collapsed': {'276b35fe35cecaed': None, 'da7e9caaf883d431': 0, 'c1368236b0c1afa0': 14, 'ab548479ac358daf': 15, '6ffdbc5c153d4d5f': 4}, 'a_y_relu': {'53971a55d88ef519': None, '7f61823172b404ae': 16, '425112a7cffca47e': 17, 'dedd2d5c1ffb009d': 19, 'dda808c04e8e902a': 4}, 'b_q': {'a9bed0b77d4c6539': None, 'fa2b2eceaa5338ce': 4, '617742a67dda98b9': 21}, 'b_f': {'f340a44ed78b0277': None, '9ebb200c2c50a89e': 22, '8dbb1c9e66b69359': 23, '09f936e37c728778': 4}, 'b_dfdx': {'2820ce85feeda534': None, '4e105aac642e7466': 24, 'da25cf08aa38b4c9': 25, 'c5ddd7d33f7d6e89': 29, '3d0978ea4de0e4b8': 26, '6fff41e67738884c': 27, '4bed74d53d2e61d2': 4}, 'b_dfdy': {'9708e4af66877f2d': None, '603b8f63a54c3147': 24, '2548412e2b4c695e': 25, '641fe2b5ef59d5cb': 29, '3c93f84220f04894': 26, '5560cf2c79553579': 27, 'dab1d126a87d4af4': 4}, 'b_dfdz': {'c058da18bed44d14': None, '1dee748c5b3656a8': 28, 'bd49ef450dd6119f': 25, '30fe5db736baaab1': 29, '0b1106005a05fad4': 27, 'a6b4bf9950dc6429': 4}, 'b_finite_difference': {'4d4620b1e89c7442': None, 'ff26f538e089fbc6': 30, '2f6432031db50681': 31, '49f31afb16ae70a0': 32, '1beeb6110d139acc': 4}},
        {'a_W_prime': {'c9b4abc48f2c6439': None, 'f4a37a6c8b9f20a7': 0, '1f98b6dba6b0ad89': 1, '518001dd21380101': 2, '0f4ecbc57f65b97e': 3, '22806db9007521b2': 4}, 'a_b_prime': {'8e9b7c4ff0a37a2c': None, '708ed8b82f88dc73': 5, '3fc9a477f5b52951': 6, '7ba50e55d13f7ce9': 7, '4266c4a6dcc1b97f': 8, 'deda1c3c98894449': 4}, 'a_y_two_layer': {'6ab95937e94c79d6': None, '812541dd9b453d15': 9, '26062536b55f07e1': 10, '093f2d8a6765675e': 11, 'd0d593fb1e4c05ef': 12, 'f34920a4696e8a0e': 13, '8159b2f64ec242c9': 4}, 'a_y_collapsed': {'a1cb89da90e26208': None, '973310a5c1c79052': 0, '9d0d1d0c2af5fe3e': 14, 'cb303087b62b033d': 15, '6ffdbc5c153d4d5f': 4}, 'a_y_relu': {'531ff1a4df0914d9': None, '786560fa61ec22c8': 16, 'e5724e69c108475a': 17, '8570f1ff077c664e': 18, 'dbb5517d40e1d2af': 19, 'dda808c04e8e902a': 4}, 'b_q': {'fa2b2eceaa5338ce': None, 'a9bed0b77d4c6539': 20, '3af581a129cbebc8': 21}, 'b_f': {'3fe6140b1942a499': None, '54c924af19503166': 22, '6023c8c7db2e96cd': 23, '09f936e37c728778': 4}, 'b_dfdx': {'6ce64cdb293c9e61': None, '4e105aac642e7466': 24, '4443f0f6836779a6': 25, '4bed74d53d2e61d2': 4, '3d0978ea4de0e4b8': 26, '4d54b6769accf3b9': 27}, 'b_dfdy': {'5298ad5b883e6dbb': None, '603b8f63a54c3147': 24, 'c2ffc383ff0d2da5': 25, 'dab1d126a87d4af4': 4, '3c93f84220f04894': 26, '3f0211d063cdade2': 27}, 'b_dfdz': {'a6b4bf9950dc6429': None, '1dee748c5b3656a8': 28, '8ba5be422ec93315': 25, 'bd8ba6eedb216445': 29, '0ba94180e771361e': 27}, 'b_finite_difference': {'7d9000ca86f0ccf5': None, '88e62dd8860a09d0': 30, '1435e97d95055bbd': 31, '9df951be5cf3d6c3': 32, '1beeb6110d139acc': 4}},
        {'a_W_prime': {'bb00950c813d8a64': None, '4d20e1019df31ea0': 0, '887119ed3fe9bc20': 1, 'f16bea8c6b36d3c8': 2, 'c5a9c785f553f11e': 3, '22806db9007521b2': 4}, 'a_b_prime': {'e7e1190039a87613': None, '38a40ae42e7ba0d3': 5, '1c5329068f347121': 6, '5bec274cb5c39327': 7, '50592b73f9bd48ed': 8, 'deda1c3c98894449': 4}, 'a_y_two_layer': {'7e766a8f126419c1': None, '3f678cc8100c4777': 9, '28f6031065196875': 10, '4c074b09181d7daa': 11, '93cbf9d6b40034dc': 12, '14208125bee3b221': 13, '8159b2f64ec242c9': 4}, 'a_y_collapsed': {'59724c0c11ec709f': None, '05f2ecca5ac1caf7': 0, '1eaf27268e30812d': 14, 'f37208ee71c81804': 15, '6ffdbc5c153d4d5f': 4}, 'a_y_relu': {'ae28c361f12d5a44': None, '297e7c748ae2374d': 16, '425112a7cffca47e': 17, '67fa1734b7bde05f': 18, '8c2e28c35e7023a0': 19, 'dda808c04e8e902a': 4}, 'b_q': {'96c51ffc4502d9f9': None, '3af581a129cbebc8': 20, 'a9207f3ad1fe7306': 21, 'fa2b2eceaa5338ce': 4}, 'b_f': {'3e06727d1bdbea5a': None, '09f936e37c728778': 4, '6af444d9a8ab7107': 23}, 'b_dfdx': {'4443f0f6836779a6': None, '4e105aac642e7466': 24, '6ce64cdb293c9e61': 25, 'da25cf08aa38b4c9': 29, 'dd99437f054b8582': 27, '4bed74d53d2e61d2': 4}, 'b_dfdy': {'c2ffc383ff0d2da5': None, '603b8f63a54c3147': 24, '5298ad5b883e6dbb': 25, '2548412e2b4c695e': 29, '11a8e079c9dc20f6': 27, 'dab1d126a87d4af4': 4}, 'b_dfdz': {'4f0e46c4e963632a': None, '1dee748c5b3656a8': 28, '30fe5db736baaab1': 25, 'f5a6409795bc6bed': 29, 'b57c395490a1882b': 27, 'a6b4bf9950dc6429': 4}, 'b_finite_difference': {'9df951be5cf3d6c3': None, 'a3043b4425c00841': 30, 'e189975994f915c8': 31, '7d9000ca86f0ccf5': 32, '1beeb6110d139acc': 4}},
        {'a_W_prime': {'c446a5b98e5198b0': None, '23bc73730ad50e46': 0, '1d5d46ddea0230a5': 1, '78786001d760aa18': 2, '22806db9007521b2': 4}, 'a_b_prime': {'0a6f2e619bf02a9d': None, '4266c4a6dcc1b97f': 5, '2a10aeea27c2fcbb': 6, '2b1ee5e0ccd7b95d': 7, 'd7c72d51c12b3acc': 8, 'deda1c3c98894449': 4}, 'a_y_two_layer': {'20c329624db757e4': None, '7cb94930755d2650': 9, 'b343898d485d178a': 10, 'f01b8de74f34a24c': 11, '93cbf9d6b40034dc': 12, '597920a1488545ce': 13, '8159b2f64ec242c9': 4}, 'a_y_collapsed': {'b7bfc8a6f0598d80': None, '072a0a0143a41453': 0, 'cfe5b09767a2050f': 14, '2b5b645b91a42d93': 15, '6ffdbc5c153d4d5f': 4}, 'a_y_relu': {'517db7303536d362': None, '50f9ee4db8827bb1': 16, '425112a7cffca47e': 17, 'b01f80af19a7fb8c': 18, '5b93a68c57308580': 19, 'dda808c04e8e902a': 4}, 'b_q': {'a9207f3ad1fe7306': None, 'e3aca720f64789e5': 20, '96c51ffc4502d9f9': 21, 'fa2b2eceaa5338ce': 4}, 'b_f': {'257167e239756c93': None, 'a15c368a298238c2': 22, '216e4a837a4fb207': 23, '09f936e37c728778': 4}, 'b_dfdx': {'da25cf08aa38b4c9': None, '4e105aac642e7466': 24, '2820ce85feeda534': 25, '6b510edfbc7acbb3': 26, '3b0bb03f1f42c71f': 27, '4bed74d53d2e61d2': 4}, 'b_dfdy': {'2548412e2b4c695e': None, '603b8f63a54c3147': 24, '9708e4af66877f2d': 25, '6ec3558e4580c1ae': 26, 'af776981323f5137': 27, 'dab1d126a87d4af4': 4}, 'b_dfdz': {'30fe5db736baaab1': None, '1dee748c5b3656a8': 28, '4f0e46c4e963632a': 25, '3b33563d3b2278a6': 27, 'a6b4bf9950dc6429': 4}, 'b_finite_difference': {'49f31afb16ae70a0': None, '028a7a06ed9eda04': 30, 'cdee4188040de486': 31, '4d4620b1e89c7442': 32, '1beeb6110d139acc': 4}},
        {'a_W_prime': {'578cfd7f17173edf': None, '9078fa2ad649064c': 0, '22932fdb41c0a15d': 1, '61f55b31bdc55658': 2, 'ece6013acc62a009': 3, '22806db9007521b2': 4}, 'a_b_prime': {'9bc0fc98f0f5156b': None, '1a1dff1d006d9a2e': 5, '1bb790263d833949': 6, 'f071aea8026a2e7b': 7, 'dc956dc29b0fde4f': 8, 'deda1c3c98894449': 4}, 'a_y_two_layer': {'2ed095c0b20c0c3e': None, 'b71e4ad877ffa96b': 9, '3bfe49541a806388': 10, '4c4de6f737cd857d': 11, '93cbf9d6b40034dc': 12, 'd633bd2c2b994ed0': 13, '8159b2f64ec242c9': 4}, 'a_y_collapsed': {'f9e9fde5775438ea': None, '82e11baa708d079f': 0, '6bc89f1d014fcf94': 14, 'ba0c371618d7277c': 15, '6ffdbc5c153d4d5f': 4}, 'a_y_relu': {'e9ff900ca9067d9a': None, 'daf1c6ac22882419': 16, '425112a7cffca47e': 17, '0bf971abff911c0d': 19, 'dda808c04e8e902a': 4}, 'b_q': {'9dc50175ed8499e9': None, 'a9207f3ad1fe7306': 20, 'a44a5d4772a67f80': 21, 'fa2b2eceaa5338ce': 4}, 'b_f': {'63165d5a98bea218': None, '6023c8c7db2e96cd': 22, '23ab4c2c6617de07': 23, '09f936e37c728778': 4}, 'b_dfdx': {'2820ce85feeda534': None, '4e105aac642e7466': 24, 'da25cf08aa38b4c9': 25, 'd89afd7ef58ecbf2': 29, 'cc645b849d2f82a4': 26, 'ec4c401b3dc9653f': 27, '4bed74d53d2e61d2': 4}, 'b_dfdy': {'9708e4af66877f2d': None, '603b8f63a54c3147': 24, '2548412e2b4c695e': 25, 'e5962fce3b702fa3': 29, '587478c35e841197': 26, '2d658a0987c9499d': 27, 'dab1d126a87d4af4': 4}, 'b_dfdz': {'5e69ca617a0a54cf': None, '1dee748c5b3656a8': 28, '0ba94180e771361e': 25, '30fe5db736baaab1': 29, 'a008b49726b0cc92': 27, 'a6b4bf9950dc6429': 4}, 'b_finite_difference': {'4d4620b1e89c7442': None, 'ff26f538e089fbc6': 30, 'c1e0a1395531b2de': 31, '49f31afb16ae70a0': 32, '1beeb6110d139acc': 4}},
        {'a_W_prime': {'78f5d43c472273f6': None, '3f76e12e0bd21f49': 0, 'fc66a9e947a5b100': 1, 'ff1a8c76bd43bd7a': 2, '3f3ac9a1b29a9316': 3, '22806db9007521b2': 4}, 'a_b_prime': {'9bc0fc98f0f5156b': None, '34c6eb8fed4fe8eb': 5, '6c1df60ed7eb10a1': 6, '2c747e0fcac70d09': 7, 'f071aea8026a2e7b': 8, 'deda1c3c98894449': 4}, 'a_y_two_layer': {'afa68eaf6aa62b6e': None, '151bfc3862a22f84': 9, '4e0886e6c7412c8f': 10, 'd16107adfeffe963': 11, '93cbf9d6b40034dc': 12, '487d3b739a978095': 13, '8159b2f64ec242c9': 4}, 'a_y_collapsed': {'9739b08ca851f4b9': None, '29b65c147ab9b0c5': 0, '361490b4d931c793': 14, '4d7c7113148432f7': 15, '6ffdbc5c153d4d5f': 4}, 'a_y_relu': {'ba7e51950c145d2b': None, '8489e0c9de83d439': 16, '425112a7cffca47e': 17, '98ba11524d1dfc44': 18, 'b585af06b886d00f': 19, 'dda808c04e8e902a': 4}, 'b_q': {'0ced3e49462d3b2c': None, 'd0dc418c625b45f2': 20, 'ec8225c811065054': 21, 'fa2b2eceaa5338ce': 4}, 'b_f': {'4f1a105e72457b54': None, '4cf0dedbf3dd16ed': 22, 'dac0cc6f6d832209': 23, '09f936e37c728778': 4}, 'b_dfdx': {'cc645b849d2f82a4': None, '4e105aac642e7466': 24, '3d0978ea4de0e4b8': 25, '6ce64cdb293c9e61': 29, 'a2a6e71420e67e9b': 27, '4bed74d53d2e61d2': 4}, 'b_dfdy': {'587478c35e841197': None, '603b8f63a54c3147': 24, '3c93f84220f04894': 25, '5298ad5b883e6dbb': 29, '99b8c00ba42c05a1': 27, 'dab1d126a87d4af4': 4}, 'b_dfdz': {'bd8ba6eedb216445': None, '1dee748c5b3656a8': 28, 'f5a6409795bc6bed': 25, '710ba3865f1c9e16': 29, '53a3df3a8ae24bdf': 27, 'a6b4bf9950dc6429': 4}, 'b_finite_difference': {'25985b67777761f1': None, '335e933a99b6067d': 30, 'b7fcf587f669bda0': 31, '42e02ca2e3c4425a': 32, '1beeb6110d139acc': 4}},
        {'a_W_prime': {'f76328dbbb5df96c': None, '490589594147ae4e': 0, 'b184f0997747472c': 1, '3d97111a6704dcd7': 2, '22806db9007521b2': 4}, 'a_b_prime': {'92029968b89fa880': None, '7c3357af9aa55164': 5, '310cede5f7c3baa7': 6, '18ed331d9fff44f3': 7, '2a10aeea27c2fcbb': 8, 'deda1c3c98894449': 4}, 'a_y_two_layer': {'59a1e7f942fdf87e': None, '6d88495eb976ecc9': 9, '5e1d6d180e5e8453': 10, '419b47e8a7bec335': 11, '93cbf9d6b40034dc': 12, 'f0b96b5568f6efbd': 13, '8159b2f64ec242c9': 4}, 'a_y_collapsed': {'162a679b733b341f': None, '53146edd0d5fea01': 0, 'c38cd5c1c821a3e4': 14, 'e68dd6c386bb17a7': 15, '6ffdbc5c153d4d5f': 4}, 'a_y_relu': {'849b10799e547105': None, '87f07802e222aba7': 16, '425112a7cffca47e': 17, 'ac25106b8be00f31': 19, 'dda808c04e8e902a': 4}, 'b_q': {'67500aaf4da5140a': None, 'dc15940f37ffc08c': 20, 'e7c8819c5b21ce3b': 21, 'fa2b2eceaa5338ce': 4}, 'b_f': {'c7c8c10d8c1578f8': None, 'fc4944ce1f7a6887': 22, '54c924af19503166': 23, '09f936e37c728778': 4}, 'b_dfdx': {'4bed74d53d2e61d2': None, '4e105aac642e7466': 24, '6b510edfbc7acbb3': 25, 'a9c839e7912c38d8': 29, '4443f0f6836779a6': 26}, 'b_dfdy': {'dab1d126a87d4af4': None, '603b8f63a54c3147': 24, '6ec3558e4580c1ae': 25, '4712ef755f3a6871': 29, 'c2ffc383ff0d2da5': 26}, 'b_dfdz': {'74be1cf8dcffe4f4': None, '1dee748c5b3656a8': 28, 'a6b4bf9950dc6429': 4, '8ba5be422ec93315': 27}, 'b_finite_difference': {'1beeb6110d139acc': None, '9144f8cb1c513b73': 30, 'b6572199f1f6dd0d': 31, '22c15029a3de0168': 32}},
        {'a_W_prime': {'8bc135c6a2c4e680': None, '0e33529fa9703fbe': 0, 'a0b5aa4a8696d8b8': 1, '2ad12d03cd338fa6': 2, '60346e38f36ca307': 3, '22806db9007521b2': 4}, 'a_b_prime': {'a6ad89969a64e976': None, '1e608f28ec2a5425': 5, 'bb0fc601adce1a67': 6, 'dc956dc29b0fde4f': 7, '40b4a9388f0ccb56': 8, 'deda1c3c98894449': 4}, 'a_y_two_layer': {'96bf7aa83bd1af3a': None, '072377d9ff8b0f9f': 9, '57f8a3f7fde67476': 10, '4bd3b2a5df883fe3': 11, '4ad745bfb8b3c490': 13, '8159b2f64ec242c9': 4}, 'a_y_collapsed': {'969e3054cd7b61c0': None, 'b36a4431bc96b5d7': 0, 'c3e7b08a5987f41c': 14, 'a170c11d114b6505': 15, '6ffdbc5c153d4d5f': 4}, 'a_y_relu': {'f993dbbe77ecf47a': None, '002b208e4505cb20': 16, 'ca84363a0f872cc2': 17, '98ba11524d1dfc44': 18, 'dda808c04e8e902a': 4}, 'b_q': {'0ced3e49462d3b2c': None, 'dc15940f37ffc08c': 20, 'ec8225c811065054': 21, 'fa2b2eceaa5338ce': 4}, 'b_f': {'6023c8c7db2e96cd': None, '4cf0dedbf3dd16ed': 22, '3fe6140b1942a499': 23, '09f936e37c728778': 4}, 'b_dfdx': {'6b510edfbc7acbb3': None, '4e105aac642e7466': 24, '4bed74d53d2e61d2': 4, '6ce64cdb293c9e61': 29, 'a9c839e7912c38d8': 26, 'd89afd7ef58ecbf2': 27}, 'b_dfdy': {'6ec3558e4580c1ae': None, '603b8f63a54c3147': 24, 'dab1d126a87d4af4': 4, '5298ad5b883e6dbb': 29, '4712ef755f3a6871': 26, 'e5962fce3b702fa3': 27}, 'b_dfdz': {'bd8ba6eedb216445': None, '1dee748c5b3656a8': 28, 'f5a6409795bc6bed': 25, '8ba5be422ec93315': 29, '5e69ca617a0a54cf': 27, 'a6b4bf9950dc6429': 4}, 'b_finite_difference': {'22c15029a3de0168': None, '78b6a41adfb47499': 30, 'ebe3a7ba7509353e': 31, '1beeb6110d139acc': 4}},
        {'a_W_prime': {'7eb5c029d5b61f1c': None, 'a0e680494fa70d32': 0, '33c9b3cd5f4bc2f7': 1, '45a570567a1f2e8b': 2, '4a9c41b2109eacc5': 3, '22806db9007521b2': 4}, 'a_b_prime': {'064b612a0d5e921a': None, 'b4a3b451ba802d38': 5, '81ccb293922cabda': 6, '08c67626ba796118': 7, 'd50f2b3f1bca7315': 8, 'deda1c3c98894449': 4}, 'a_y_two_layer': {'bb0b1c9d27c1cf8d': None, '6df27f0be0f35a1d': 9, '07addf1bce8c28ef': 10, '87be1d8937d5695c': 11, 'b6cacceafa2abe09': 12, '2a4b12d4c8028d69': 13, '8159b2f64ec242c9': 4}, 'a_y_collapsed': {'e17726909aa7e581': None, '35fd38656b7ab922': 0, '704fcd4c81c08c94': 14, '862e3f19028a7682': 15, '6ffdbc5c153d4d5f': 4}, 'a_y_relu': {'641f0195c7953c83': None, 'f39609b19d26707b': 16, 'd4365ef48b56e150': 17, '425112a7cffca47e': 18, 'ebaea5e0837b489e': 19, 'dda808c04e8e902a': 4}, 'b_q': {'a9bed0b77d4c6539': None, '3af581a129cbebc8': 20, '617742a67dda98b9': 21, 'fa2b2eceaa5338ce': 4}, 'b_f': {'a0a5b633d9db342b': None, '9ebb200c2c50a89e': 22, '08f8fc851a2f9dc2': 23, '09f936e37c728778': 4}, 'b_dfdx': {'3d0978ea4de0e4b8': None, '4e105aac642e7466': 24, 'cc645b849d2f82a4': 25, 'c5ddd7d33f7d6e89': 29, '6ce64cdb293c9e61': 26, 'b6a46e5665197229': 27, '4bed74d53d2e61d2': 4}, 'b_dfdy': {'3c93f84220f04894': None, '603b8f63a54c3147': 24, '587478c35e841197': 25, '641fe2b5ef59d5cb': 29, '5298ad5b883e6dbb': 26, 'f944dd3b8f15401b': 27, 'dab1d126a87d4af4': 4}, 'b_dfdz': {'c058da18bed44d14': None, '1dee748c5b3656a8': 28, 'bd49ef450dd6119f': 25, '0e2e2353d5c45f5c': 29, 'b0caadadaf900c9d': 27, 'a6b4bf9950dc6429': 4}, 'b_finite_difference': {'42e02ca2e3c4425a': None, 'c58026c89c0b1d97': 30, 'b81938773fcd5bdb': 31, '25985b67777761f1': 32, '1beeb6110d139acc': 4}},
        {'a_W_prime': {'4f22f299c82be8d6': None, 'f4267152573a9ece': 0, '9b6a12099dd8cfdb': 1, '8b44560a1cc13d51': 2, '89c8eea74dfd81be': 3, '22806db9007521b2': 4}, 'a_b_prime': {'0dcf5bdb7dce48bc': None, 'dbb9db04c2824bd8': 5, '2a10aeea27c2fcbb': 6, 'd1f64f583e45e8f8': 7, '6c1df60ed7eb10a1': 8, 'deda1c3c98894449': 4}, 'a_y_two_layer': {'684393227c588c44': None, 'f30940ac0316d150': 9, '9bc7cd620a3c0414': 10, '577e9bdc69db8829': 11, '206efee15c239ef1': 12, 'c90406ad5448e6ed': 13, '8159b2f64ec242c9': 4}, 'a_y_collapsed': {'0749ccab1970c4d4': None, '1a98399e3b458dbe': 0, 'c22698f08e0a9956': 14, '507dd09dd6d74be4': 15, '6ffdbc5c153d4d5f': 4}, 'a_y_relu': {'a7cb14e67fef1893': None, '299a69f22b9d03d6': 16, '4fb010bb2d707b5e': 17, '67fa1734b7bde05f': 18, '93d8851e7bdce816': 19, 'dda808c04e8e902a': 4}, 'b_q': {'a9bed0b77d4c6539': None, '3af581a129cbebc8': 20, '617742a67dda98b9': 21, 'fa2b2eceaa5338ce': 4}, 'b_f': {'216e4a837a4fb207': None, '9ebb200c2c50a89e': 22, '257167e239756c93': 23, '09f936e37c728778': 4}, 'b_dfdx': {'4bed74d53d2e61d2': None, '4e105aac642e7466': 24, '6b510edfbc7acbb3': 25, 'c5ddd7d33f7d6e89': 29, '6ce64cdb293c9e61': 26, '964098c1d3c0dcfc': 27}, 'b_dfdy': {'dab1d126a87d4af4': None, '603b8f63a54c3147': 24, '6ec3558e4580c1ae': 25, '641fe2b5ef59d5cb': 29, '5298ad5b883e6dbb': 26, 'bda26d036f7048ea': 27}, 'b_dfdz': {'c058da18bed44d14': None, '1dee748c5b3656a8': 28, 'bd49ef450dd6119f': 25, 'a6b4bf9950dc6429': 4, 'a397dc3de6055608': 27}, 'b_finite_difference': {'1beeb6110d139acc': None, '9144f8cb1c513b73': 30, 'bbd8fbb7502f8e98': 31, '22c15029a3de0168': 32}},
        {'a_W_prime': {'c6e5169d94f7c2e1': None, '12dec10bb4139422': 0, '9b085c1b4e8bfab8': 1, '0bb2a3575e56bb35': 2, '1a048ea695222b4c': 3, '22806db9007521b2': 4}, 'a_b_prime': {'3fc9a477f5b52951': None, '0ed5992e3d7ea5ee': 5, 'cc9c6e1e5a3f39a4': 6, '90ea6db54c8cea30': 7, 'b4a3b451ba802d38': 8, 'deda1c3c98894449': 4}, 'a_y_two_layer': {'65e7d8a02595cd37': None, 'bff6fab26706bdd6': 9, 'd633bd2c2b994ed0': 10, '577e9bdc69db8829': 11, 'fda383375d5659f7': 12, '9a05b1c5bfea9d43': 13, '8159b2f64ec242c9': 4}, 'a_y_collapsed': {'6e1efa6e96189060': None, 'a170c11d114b6505': 0, '472c149b504b4e0f': 14, '4a92d9500ea9175b': 15, '6ffdbc5c153d4d5f': 4}, 'a_y_relu': {'a7cb14e67fef1893': None, '055a860c68aeea64': 16, '67fa1734b7bde05f': 17, '53499b27a903d0f8': 19, 'dda808c04e8e902a': 4}, 'b_q': {'d0dc418c625b45f2': None, '0ced3e49462d3b2c': 20, 'a3946bfb8236547f': 21, 'fa2b2eceaa5338ce': 4}, 'b_f': {'a40372503bc4c9c1': None, '942f5eaee8bc8d6c': 22, '347f8b7f0abde480': 23, '09f936e37c728778': 4}, 'b_dfdx': {'cc645b849d2f82a4': None, '4e105aac642e7466': 24, '3d0978ea4de0e4b8': 25, 'a90a7b8240f61044': 29, '2b3ddbb3ff3e0d56': 27, '4bed74d53d2e61d2': 4}, 'b_dfdy': {'587478c35e841197': None, '603b8f63a54c3147': 24, '3c93f84220f04894': 25, '29e7c451eb616103': 29, '915c46f0b93098f3': 27, 'dab1d126a87d4af4': 4}, 'b_dfdz': {'6909e14a7cf9c844': None, '1dee748c5b3656a8': 28, '9fe00390f3b0b1ff': 25, '710ba3865f1c9e16': 29, '373b1f1f0b30c19d': 27, 'a6b4bf9950dc6429': 4}, 'b_finite_difference': {'25985b67777761f1': None, '335e933a99b6067d': 30, '7f360c9682f05c7f': 31, '42e02ca2e3c4425a': 32, '1beeb6110d139acc': 4}},
        {'a_W_prime': {'a546b3fe98df6e01': None, '6c96c47903798b50': 0, 'f43d5e6c2a9fd1a3': 1, 'dc2c8b310b4ca1b1': 2, '22806db9007521b2': 4}, 'a_b_prime': {'085972be3e62b4ae': None, '5358517af7c7479d': 5, '37d5561b9bb8ea96': 6, 'b81e969f2b49b779': 7, 'c68ca7c86c27e8bc': 8, 'deda1c3c98894449': 4}, 'a_y_two_layer': {'72b4877d88f4d3c6': None, 'a32be80bb42b4e78': 9, 'e17edea4d0202fe1': 10, '30c42a99a346ef4a': 11, '2a7e2e8be4c7f98e': 12, '3fdcdc670524adac': 13, '8159b2f64ec242c9': 4}, 'a_y_collapsed': {'b342e71dff9825cb': None, 'd6bb3d57bae72c9f': 0, '4aba8701b36c7dbf': 14, 'ac8cbe84b97daa91': 15, '6ffdbc5c153d4d5f': 4}, 'a_y_relu': {'7a56c2438697e2d6': None, '77d5f2670082478c': 16, '02c29993d2a7261b': 17, '425112a7cffca47e': 18, '5900323399992547': 19, 'dda808c04e8e902a': 4}, 'b_q': {'a44a5d4772a67f80': None, 'a9207f3ad1fe7306': 20, '9dc50175ed8499e9': 21, 'fa2b2eceaa5338ce': 4}, 'b_f': {'3e06727d1bdbea5a': None, '3fe6140b1942a499': 22, '6af444d9a8ab7107': 23, '09f936e37c728778': 4}, 'b_dfdx': {'6b510edfbc7acbb3': None, '4e105aac642e7466': 24, '4bed74d53d2e61d2': 4, '4d54b6769accf3b9': 29, 'dd99437f054b8582': 27}, 'b_dfdy': {'6ec3558e4580c1ae': None, '603b8f63a54c3147': 24, 'dab1d126a87d4af4': 4, '3f0211d063cdade2': 29, '11a8e079c9dc20f6': 27}, 'b_dfdz': {'0ba94180e771361e': None, '1dee748c5b3656a8': 28, '5e69ca617a0a54cf': 25, '8ba5be422ec93315': 29, 'b57c395490a1882b': 27, 'a6b4bf9950dc6429': 4}, 'b_finite_difference': {'22c15029a3de0168': None, '78b6a41adfb47499': 30, '5cb7349377bbe444': 31, '1beeb6110d139acc': 4}},
        {'a_W_prime': {'d7edc6c25c800860': None, '82777b57c19cb33a': 0, '3d0becccf435caec': 1, 'e43655b4cf5abdbe': 2, '4c071a6b54c3063c': 3, '22806db9007521b2': 4}, 'a_b_prime': {'d814c13c5cecaa20': None, '4266c4a6dcc1b97f': 5, 'f4df728c7281c763': 6, '7dae84064640bfa0': 7, 'b81e969f2b49b779': 8, 'deda1c3c98894449': 4}, 'a_y_two_layer': {'63189c6c22efa2e6': None, 'a241d20598911ced': 9, '5975af56cbd6ff06': 10, '0bd50df80fefca20': 11, 'fda383375d5659f7': 12, '54aaa861a7b14b37': 13, '8159b2f64ec242c9': 4}, 'a_y_collapsed': {'5d513b12bf69c637': None, '3923ec8fe6e798a8': 0, '4cc4d45fb7510e88': 14, '7e1798dbf079de78': 15, '6ffdbc5c153d4d5f': 4}, 'a_y_relu': {'48c39ffd3493978d': None, 'c7ccb1ab21c9054e': 16, '67fa1734b7bde05f': 17, '425112a7cffca47e': 18, '13b6b6920ffcebaf': 19, 'dda808c04e8e902a': 4}, 'b_q': {'96c51ffc4502d9f9': None, 'e3aca720f64789e5': 20, 'a9207f3ad1fe7306': 21, 'fa2b2eceaa5338ce': 4}, 'b_f': {'a15c368a298238c2': None, '09f936e37c728778': 4}, 'b_dfdx': {'a9c839e7912c38d8': None, '4e105aac642e7466': 24, 'da25cf08aa38b4c9': 29, '4bed74d53d2e61d2': 4, '2820ce85feeda534': 27}, 'b_dfdy': {'4712ef755f3a6871': None, '603b8f63a54c3147': 24, '2548412e2b4c695e': 29, 'dab1d126a87d4af4': 4, '9708e4af66877f2d': 27}, 'b_dfdz': {'4f0e46c4e963632a': None, '1dee748c5b3656a8': 28, '30fe5db736baaab1': 25, '74be1cf8dcffe4f4': 29, 'a6b4bf9950dc6429': 4}, 'b_finite_difference': {'204b13c9b3e18b60': None, '4d40cc6774192699': 30, '5508dc9c37166841': 31, 'ff1863e2c44fa279': 32, '1beeb6110d139acc': 4}},
        {'a_W_prime': {'c6107a3cf0781f2c': None, '67e137a312119747': 0, 'a777a05809e6ebd9': 1, 'a5ef09afcab546e0': 2, '84d5fb7239c47815': 3, '22806db9007521b2': 4}, 'a_b_prime': {'ad34dc642b993e2e': None, '20c15431586397bb': 5, '81ccb293922cabda': 6, '006056bf604436fb': 7, '890e477b85471807': 8, 'deda1c3c98894449': 4}, 'a_y_two_layer': {'aaeba7ebab07af3b': None, '255b7a184852c37e': 9, 'a6b2bd316d6a3646': 10, '8f5f498ae6f86421': 11, '65b1c7a83c9079fa': 12, 'edc189e95eb1c6ec': 13, '8159b2f64ec242c9': 4}, 'a_y_collapsed': {'b48847cf6ed9a309': None, '61f6674b233a53e3': 0, '218330430d39be7e': 14, '21e4d79477651e68': 15, '6ffdbc5c153d4d5f': 4}, 'a_y_relu': {'8ee6b75ed30e9977': None, '3a4c5fb1e1bb6a85': 16, 'b6617c5d703f29e6': 17, 'ca0d8093ee0fa281': 18, '536ffc70ffd6711a': 19, 'dda808c04e8e902a': 4}, 'b_q': {'d0dc418c625b45f2': None, 'e7c8819c5b21ce3b': 20, 'a3946bfb8236547f': 21, 'fa2b2eceaa5338ce': 4}, 'b_f': {'347f8b7f0abde480': None, '942f5eaee8bc8d6c': 22, 'a40372503bc4c9c1': 23, '09f936e37c728778': 4}, 'b_dfdx': {'3d0978ea4de0e4b8': None, '4e105aac642e7466': 24, 'cc645b849d2f82a4': 25, 'a90a7b8240f61044': 29, 'da25cf08aa38b4c9': 26, '67c3ab5365d0c70e': 27, '4bed74d53d2e61d2': 4}, 'b_dfdy': {'3c93f84220f04894': None, '603b8f63a54c3147': 24, '587478c35e841197': 25, '29e7c451eb616103': 29, '2548412e2b4c695e': 26, 'baf6481e41f641d7': 27, 'dab1d126a87d4af4': 4}, 'b_dfdz': {'6909e14a7cf9c844': None, '1dee748c5b3656a8': 28, '9fe00390f3b0b1ff': 25, '0e2e2353d5c45f5c': 29, '1f5894bfc9dd91ab': 27, 'a6b4bf9950dc6429': 4}, 'b_finite_difference': {'42e02ca2e3c4425a': None, 'c58026c89c0b1d97': 30, '20095ed5919ffa64': 31, '25985b67777761f1': 32, '1beeb6110d139acc': 4}},
        {'a_W_prime': {'d92871ea718f4da5': None, '3eb3699c50f868a5': 0, 'f0208f104aaacd33': 1, 'd10fd3aa2e671c3d': 2, '543b11b2ac8cf3f4': 3, '22806db9007521b2': 4}, 'a_b_prime': {'382f548e6b3cafae': None, '9fea39cfca3ae1d5': 5, '6c1df60ed7eb10a1': 6, 'deda1c3c98894449': 4, '81ccb293922cabda': 8}, 'a_y_two_layer': {'3bf3f41183163780': None, '84c140024f5c015d': 9, '79b01d8c06fbfbcb': 10, '29db0fd83ac8117f': 11, '718bff24fb828479': 12, '1e2061d10d938455': 13, '8159b2f64ec242c9': 4}, 'a_y_collapsed': {'7bd89e2b0808b8bd': None, '97451f4815fa2a55': 0, '12959846dedb543d': 14, '32cd2e6a52220994': 15, '6ffdbc5c153d4d5f': 4}, 'a_y_relu': {'216fd141f3aa200a': None, '4ee6ddf8f4101654': 16, '32d3c46a7113a058': 17, '98ba11524d1dfc44': 18, 'b585af06b886d00f': 19, 'dda808c04e8e902a': 4}, 'b_q': {'a9207f3ad1fe7306': None, 'a44a5d4772a67f80': 20, '96c51ffc4502d9f9': 21, 'fa2b2eceaa5338ce': 4}, 'b_f': {'3e06727d1bdbea5a': None, 'a15c368a298238c2': 22, '6af444d9a8ab7107': 23, '09f936e37c728778': 4}, 'b_dfdx': {'6ce64cdb293c9e61': None, '4e105aac642e7466': 24, '4443f0f6836779a6': 25, '2820ce85feeda534': 29, 'dd99437f054b8582': 27, '4bed74d53d2e61d2': 4}, 'b_dfdy': {'5298ad5b883e6dbb': None, '603b8f63a54c3147': 24, 'c2ffc383ff0d2da5': 25, '9708e4af66877f2d': 29, '11a8e079c9dc20f6': 27, 'dab1d126a87d4af4': 4}, 'b_dfdz': {'30fe5db736baaab1': None, '1dee748c5b3656a8': 28, '4f0e46c4e963632a': 25, 'bd8ba6eedb216445': 29, 'b57c395490a1882b': 27, 'a6b4bf9950dc6429': 4}, 'b_finite_difference': {'7d9000ca86f0ccf5': None, '88e62dd8860a09d0': 30, '4314b351b18eaf43': 31, '9df951be5cf3d6c3': 32, '1beeb6110d139acc': 4}},
        {'a_W_prime': {'f515f2c03ca1349e': None, '5f30c2b5c7f79bcb': 0, 'bf5c2107cb516695': 1, '52c04715ef781f7e': 2, '549370454260e330': 3, '22806db9007521b2': 4}, 'a_b_prime': {'e54797feffac986f': None, '2736fc3b2a4c1ee8': 5, '310cede5f7c3baa7': 6, '1e608f28ec2a5425': 7, '349dfda3d7c9ece0': 8, 'deda1c3c98894449': 4}, 'a_y_two_layer': {'ad2571949f7a8c54': None, '585401871ff8738c': 9, '296acd6e59f8ccc4': 10, 'b13c4a5c554255ca': 11, '9f4876b3be654218': 12, '8159b2f64ec242c9': 4}, 'a_y_collapsed': {'28916160d4ac706e': None, 'df2a0959da0f4b2a': 0, 'c5fd761c586225a1': 14, '6a7a23468f04f9b4': 15, '6ffdbc5c153d4d5f': 4}, 'a_y_relu': {'8c2e28c35e7023a0': None, 'd767297191b07565': 16, '564430209403ac0a': 17, 'b0a6b09aaaf12cd3': 18, '25fa7a8d673209c5': 19, 'dda808c04e8e902a': 4}, 'b_q': {'a3946bfb8236547f': None, 'ec8225c811065054': 20, 'd0dc418c625b45f2': 21, 'fa2b2eceaa5338ce': 4}, 'b_f': {'37fb9bf6e75e4e61': None, 'e8d9b4eeab5ee8e9': 22, 'f0f8f0c14f577e34': 23, '09f936e37c728778': 4}, 'b_dfdx': {'da25cf08aa38b4c9': None, '4e105aac642e7466': 24, '2820ce85feeda534': 25, '151bcdcfe2bfc8ef': 29, 'cc645b849d2f82a4': 26, 'e37cf38b8588dac1': 27, '4bed74d53d2e61d2': 4}, 'b_dfdy': {'2548412e2b4c695e': None, '603b8f63a54c3147': 24, '9708e4af66877f2d': 25, '692cf27e25bec18a': 29, '587478c35e841197': 26, '90a02a9707a37b42': 27, 'dab1d126a87d4af4': 4}, 'b_dfdz': {'9fe00390f3b0b1ff': None, '1dee748c5b3656a8': 28, '6909e14a7cf9c844': 25, '4f0e46c4e963632a': 29, 'a1327f11ad725bda': 27, 'a6b4bf9950dc6429': 4}, 'b_finite_difference': {'49f31afb16ae70a0': None, '028a7a06ed9eda04': 30, '1400afcc0686e234': 31, '4d4620b1e89c7442': 32, '1beeb6110d139acc': 4}},
        {'a_W_prime': {'7724800d99f8d074': None, 'c59c407f90ddf07e': 0, '9c69e57012112e4c': 1, '0879aa5fffc54d70': 2, 'c5440dd34718e369': 3, '22806db9007521b2': 4}, 'a_b_prime': {'3fc9a477f5b52951': None, '5dd28c3666fa132b': 5, 'b403aebb5c924cd4': 6, '6c1df60ed7eb10a1': 7, '40b4a9388f0ccb56': 8, 'deda1c3c98894449': 4}, 'a_y_two_layer': {'7e766a8f126419c1': None, '15728cf1d0d84d6c': 9, '67387ba93e991323': 10, 'fc0a1c93d491da7f': 11, '93cbf9d6b40034dc': 12, '586d9b58fc0a59f1': 13, '8159b2f64ec242c9': 4}, 'a_y_collapsed': {'59724c0c11ec709f': None, '64c4d6044169be54': 0, 'd48cece7a06a750f': 14, '527e7cf8a06f83e0': 15, '6ffdbc5c153d4d5f': 4}, 'a_y_relu': {'46a096e725bf22e7': None, '297e7c748ae2374d': 16, '425112a7cffca47e': 17, '6f47621d85ea6a75': 18, '6daebff333545728': 19, 'dda808c04e8e902a': 4}, 'b_q': {'67500aaf4da5140a': None, 'a3946bfb8236547f': 20, 'e7c8819c5b21ce3b': 21, 'fa2b2eceaa5338ce': 4}, 'b_f': {'5de6120bf1c29752': None, 'fc4944ce1f7a6887': 22, '509dc3dd9fdf807c': 23, '09f936e37c728778': 4}, 'b_dfdx': {'3d0978ea4de0e4b8': None, '4e105aac642e7466': 24, 'cc645b849d2f82a4': 25, 'a9c839e7912c38d8': 29, '2820ce85feeda534': 26, '4bed74d53d2e61d2': 4}, 'b_dfdy': {'3c93f84220f04894': None, '603b8f63a54c3147': 24, '587478c35e841197': 25, '4712ef755f3a6871': 29, '9708e4af66877f2d': 26, 'dab1d126a87d4af4': 4}, 'b_dfdz': {'74be1cf8dcffe4f4': None, '1dee748c5b3656a8': 28, '0e2e2353d5c45f5c': 29, '710ba3865f1c9e16': 27, 'a6b4bf9950dc6429': 4}, 'b_finite_difference': {'42e02ca2e3c4425a': None, 'c58026c89c0b1d97': 30, '3c861b5a96ff62ed': 31, '25985b67777761f1': 32, '1beeb6110d139acc': 4}},
        {'a_W_prime': {'fb4cbdfc50859afd': None, '3352fecaa7a8e58d': 0, '54f562791df6131e': 1, '38fb32b3fce097b9': 2, 'fe5d5de96a95ae69': 3, '22806db9007521b2': 4}, 'a_b_prime': {'e287832727b46ec6': None, '341732c623b41e5c': 5, '6c1df60ed7eb10a1': 6, 'dc956dc29b0fde4f': 7, '0f75b3dd37115c99': 8, 'deda1c3c98894449': 4}, 'a_y_two_layer': {'d15d069ce3c0681d': None, '25e34a8feab0fc90': 9, '610a65a49a08e35e': 10, '060e296a296129c1': 11, '733f1a9fbd062dc0': 12, 'a959e9b64c7d167a': 13, '8159b2f64ec242c9': 4}, 'a_y_collapsed': {'1c1d16c0e926f68f': None, 'ed2aa1934d8e3457': 0, '7bc18523938e00e5': 14, 'ca05ce5441b028a6': 15, '6ffdbc5c153d4d5f': 4}, 'a_y_relu': {'c80ed8fb240ef7de': None, 'af9f9e7158068662': 16, '7de5b672c5ff5a09': 17, '425112a7cffca47e': 18, '6baa3500692d3b00': 19, 'dda808c04e8e902a': 4}, 'b_q': {'9dc50175ed8499e9': None, 'a9207f3ad1fe7306': 20, 'a44a5d4772a67f80': 21, 'fa2b2eceaa5338ce': 4}, 'b_f': {'6af444d9a8ab7107': None, '6023c8c7db2e96cd': 22, '3e06727d1bdbea5a': 23, '09f936e37c728778': 4}, 'b_dfdx': {'6b510edfbc7acbb3': None, '4e105aac642e7466': 24, '4bed74d53d2e61d2': 4, 'd89afd7ef58ecbf2': 29, 'cc645b849d2f82a4': 26, '3f71c93568ccc816': 27}, 'b_dfdy': {'6ec3558e4580c1ae': None, '603b8f63a54c3147': 24, 'dab1d126a87d4af4': 4, 'e5962fce3b702fa3': 29, '587478c35e841197': 26, 'fd2b913cfcd08faa': 27}, 'b_dfdz': {'5e69ca617a0a54cf': None, '1dee748c5b3656a8': 28, '0ba94180e771361e': 25, '8ba5be422ec93315': 29, '2040af726fb7b130': 27, 'a6b4bf9950dc6429': 4}, 'b_finite_difference': {'22c15029a3de0168': None, '78b6a41adfb47499': 30, 'de7091d64e309e6f': 31, '1beeb6110d139acc': 4}},
        {'a_W_prime': {'b155fe45e5fb8fb8': None, '9721ff4f3f36b185': 0, '15d4d745515e22d5': 1, '792d9f5aa3c9ae0b': 2, '62ba16c404cf3f47': 3, '22806db9007521b2': 4}, 'a_b_prime': {'a6ad89969a64e976': None, '1e608f28ec2a5425': 5, 'bb0fc601adce1a67': 6, '08c67626ba796118': 7, '5dce879f1465f631': 8, 'deda1c3c98894449': 4}, 'a_y_two_layer': {'888a96d8910cd7b1': None, 'c2b8630ed4d1ce6a': 9, '9134c37ec484be3a': 10, 'fdde57306ed575c1': 11, '93cbf9d6b40034dc': 12, '07a134faa27750e9': 13, '8159b2f64ec242c9': 4}, 'a_y_collapsed': {'c262aaf13eef4411': None, '1c2290f516d16fbb': 0, 'de8dc278b93d0dce': 14, 'd926d8bf16f0f86c': 15, '6ffdbc5c153d4d5f': 4}, 'a_y_relu': {'8db5fac0f6241d82': None, 'eac09df5570c3931': 16, '425112a7cffca47e': 17, 'f993dbbe77ecf47a': 19, 'dda808c04e8e902a': 4}, 'b_q': {'96c51ffc4502d9f9': None, 'e3aca720f64789e5': 20, 'a9207f3ad1fe7306': 21, 'fa2b2eceaa5338ce': 4}, 'b_f': {'6af444d9a8ab7107': None, '09f936e37c728778': 4, '3e06727d1bdbea5a': 23}, 'b_dfdx': {'6ce64cdb293c9e61': None, '4e105aac642e7466': 24, '4443f0f6836779a6': 25, 'da25cf08aa38b4c9': 29, '4bed74d53d2e61d2': 4, '3f71c93568ccc816': 27}, 'b_dfdy': {'5298ad5b883e6dbb': None, '603b8f63a54c3147': 24, 'c2ffc383ff0d2da5': 25, '2548412e2b4c695e': 29, 'dab1d126a87d4af4': 4, 'fd2b913cfcd08faa': 27}, 'b_dfdz': {'4f0e46c4e963632a': None, '1dee748c5b3656a8': 28, '30fe5db736baaab1': 25, 'bd8ba6eedb216445': 29, '2040af726fb7b130': 27, 'a6b4bf9950dc6429': 4}, 'b_finite_difference': {'7d9000ca86f0ccf5': None, '88e62dd8860a09d0': 30, '7be7da08f66fd365': 31, '9df951be5cf3d6c3': 32, '1beeb6110d139acc': 4}},
        {'a_W_prime': {'017dc951f78862ca': None, '2bf9c2e14b8c8423': 0, '69af0f2bd6f1f80a': 1, '0c7aac16ecf45621': 2, '27a08fe887f1b345': 3, '22806db9007521b2': 4}, 'a_b_prime': {'006056bf604436fb': None, '4d75ec2320846674': 5, 'cc9c6e1e5a3f39a4': 6, 'fa8fff58b9c40ba4': 7, 'd60fd175e52f90df': 8, 'deda1c3c98894449': 4}, 'a_y_two_layer': {'8b43ca63eff212be': None, '478bed5e1f043acb': 9, 'ab33ec278a3533d8': 10, 'd4f02430b9d8a700': 11, '93cbf9d6b40034dc': 12, 'a40850cc53676cc7': 13, '8159b2f64ec242c9': 4}, 'a_y_collapsed': {'a56e4b10165333fa': None, 'de1858841eb97bdc': 0, 'a1cfafc9c9cbec11': 14, 'e5ce5b2d1c164aa6': 15, '6ffdbc5c153d4d5f': 4}, 'a_y_relu': {'c296f866b5bc7bab': None, 'ffce4d855f8912a7': 16, '425112a7cffca47e': 17, '6f47621d85ea6a75': 18, 'c80ed8fb240ef7de': 19, 'dda808c04e8e902a': 4}, 'b_q': {'617742a67dda98b9': None, 'fa2b2eceaa5338ce': 4, 'a9bed0b77d4c6539': 21}, 'b_f': {'08f8fc851a2f9dc2': None, '1ebd2678cc0c9feb': 22, 'a0a5b633d9db342b': 23, '09f936e37c728778': 4}, 'b_dfdx': {'3d0978ea4de0e4b8': None, '4e105aac642e7466': 24, 'cc645b849d2f82a4': 25, '29f9d8af1ae2a6e8': 29, '4443f0f6836779a6': 26, '680a88b599b3fd29': 27, '4bed74d53d2e61d2': 4}, 'b_dfdy': {'3c93f84220f04894': None, '603b8f63a54c3147': 24, '587478c35e841197': 25, 'aa7003dfff4028b9': 29, 'c2ffc383ff0d2da5': 26, '8605a2355e61c1de': 27, 'dab1d126a87d4af4': 4}, 'b_dfdz': {'bd49ef450dd6119f': None, '1dee748c5b3656a8': 28, 'c058da18bed44d14': 25, '0e2e2353d5c45f5c': 29, '66a78c15b0887f7e': 27, 'a6b4bf9950dc6429': 4}, 'b_finite_difference': {'42e02ca2e3c4425a': None, 'c58026c89c0b1d97': 30, '6855c37c436f5be0': 31, '25985b67777761f1': 32, '1beeb6110d139acc': 4}},
        {'a_W_prime': {'c43af9a34971d3b6': None, 'e49c62eed5da9d0a': 0, '7c85d3e11a9c4636': 1, 'a4557b488edd2c29': 2, 'f42a51dbd0c3a4d9': 3, '22806db9007521b2': 4}, 'a_b_prime': {'44b323d105011b0c': None, '708ed8b82f88dc73': 5, '37d5561b9bb8ea96': 6, 'bb95174ca0b9de4e': 7, 'd0ee188ee970b72b': 8, 'deda1c3c98894449': 4}, 'a_y_two_layer': {'9fbe22ac10db034d': None, 'f8611f93eac87cf3': 9, 'e4d97d7e39015a32': 10, 'eb098dbf871e5723': 11, '93cbf9d6b40034dc': 12, '878b60381efc03ae': 13, '8159b2f64ec242c9': 4}, 'a_y_collapsed': {'d0cc31cb565f1a47': None, 'def5a81e280382c5': 0, '06954e9d2678f8da': 14, 'f0e2c09cebbf59f2': 15, '6ffdbc5c153d4d5f': 4}, 'a_y_relu': {'6126a0c5d97d2d4d': None, '258de4847ef1ed25': 16, '425112a7cffca47e': 17, 'c266c002b55a27de': 19, 'dda808c04e8e902a': 4}, 'b_q': {'3af581a129cbebc8': None, '96c51ffc4502d9f9': 20, 'fa2b2eceaa5338ce': 4}, 'b_f': {'a15c368a298238c2': None, 'c7c8c10d8c1578f8': 22, '09f936e37c728778': 4}, 'b_dfdx': {'4bed74d53d2e61d2': None, '4e105aac642e7466': 24, '6b510edfbc7acbb3': 25, '2820ce85feeda534': 27}, 'b_dfdy': {'dab1d126a87d4af4': None, '603b8f63a54c3147': 24, '6ec3558e4580c1ae': 25, '9708e4af66877f2d': 27}, 'b_dfdz': {'8ba5be422ec93315': None, '1dee748c5b3656a8': 28, 'a6b4bf9950dc6429': 4, '30fe5db736baaab1': 27}, 'b_finite_difference': {'1beeb6110d139acc': None, '9144f8cb1c513b73': 30, 'c85eaafc031e05af': 31, '22c15029a3de0168': 32}},
        {'a_W_prime': {'24eefee95429e9c0': None, 'c4049847a6a74a43': 0, '98375ddf0c5f0500': 1, '8b2e1653aad37384': 2, 'daef0e489ff3adc9': 3, '22806db9007521b2': 4}, 'a_b_prime': {'e62968a5397d603c': None, '5c08281e217204cd': 5, '3c69ce5af039d92b': 6, '5dd28c3666fa132b': 7, '1f9ff5dff0ae7d89': 8, 'deda1c3c98894449': 4}, 'a_y_two_layer': {'472d25208f938058': None, 'd262067984231501': 9, '488ab1f71986163b': 10, '31918b66d4f6ac15': 11, '4fa6c7e9ee475267': 12, 'd5f9fa0c222d7ab5': 13, '8159b2f64ec242c9': 4}, 'a_y_collapsed': {'36b63ebe03a12c46': None, '43305d14dce3d18e': 0, '53f731bd9e167169': 14, '54414f2e094c8338': 15, '6ffdbc5c153d4d5f': 4}, 'a_y_relu': {'59e476788d75fb34': None, 'd8552a13afeedced': 16, '01980e9e43613908': 17, '425112a7cffca47e': 18, '5bd7080b986b7e9e': 19, 'dda808c04e8e902a': 4}, 'b_q': {'a3946bfb8236547f': None, '67500aaf4da5140a': 20, 'd0dc418c625b45f2': 21, 'fa2b2eceaa5338ce': 4}, 'b_f': {'4077b7b173830d38': None, 'e8d9b4eeab5ee8e9': 22, 'd8fa76fb9e30c124': 23, '09f936e37c728778': 4}, 'b_dfdx': {'6ce64cdb293c9e61': None, '4e105aac642e7466': 24, '4443f0f6836779a6': 25, '151bcdcfe2bfc8ef': 29, '2820ce85feeda534': 26, '18e857223e869589': 27, '4bed74d53d2e61d2': 4}, 'b_dfdy': {'5298ad5b883e6dbb': None, '603b8f63a54c3147': 24, 'c2ffc383ff0d2da5': 25, '692cf27e25bec18a': 29, '9708e4af66877f2d': 26, '488172def382e866': 27, 'dab1d126a87d4af4': 4}, 'b_dfdz': {'9fe00390f3b0b1ff': None, '1dee748c5b3656a8': 28, '6909e14a7cf9c844': 25, 'bd8ba6eedb216445': 29, '41bdebb5165e4144': 27, 'a6b4bf9950dc6429': 4}, 'b_finite_difference': {'7d9000ca86f0ccf5': None, '88e62dd8860a09d0': 30, 'f07ba8aeb4fc7224': 31, '9df951be5cf3d6c3': 32, '1beeb6110d139acc': 4}},
        {'a_W_prime': {'86bd3a14d1207077': None, 'baa0a5c73ccead38': 0, 'ba13750c3aafdcda': 1, '590c43eb1e296e6b': 2, '821c155901fe4354': 3, '22806db9007521b2': 4}, 'a_b_prime': {'9f07d8a3ef5e43c9': None, 'b724e654a0a1251c': 5, 'f4df728c7281c763': 6, '25cc2efc06ddea6d': 7, '01985c4975ed1253': 8, 'deda1c3c98894449': 4}, 'a_y_two_layer': {'4728575cc701b791': None, 'fa2fdf7d97cb4318': 9, '88bd702056891573': 10, '610a65a49a08e35e': 11, '93cbf9d6b40034dc': 12, '55142672c8c06c64': 13, '8159b2f64ec242c9': 4}, 'a_y_collapsed': {'08b0e8495023550e': None, 'f6ac2e522b737108': 0, '2039b38162ce2f8c': 14, 'bbe9148de9c5cda4': 15, '6ffdbc5c153d4d5f': 4}, 'a_y_relu': {'3d3ee0bb49e2b9bf': None, '51ff987dae19bf28': 16, '425112a7cffca47e': 17, 'ca84363a0f872cc2': 18, '6dfb88706c54b20c': 19, 'dda808c04e8e902a': 4}, 'b_q': {'617742a67dda98b9': None, 'fa2b2eceaa5338ce': 4, 'a9bed0b77d4c6539': 21}, 'b_f': {'23ab4c2c6617de07': None, '1ebd2678cc0c9feb': 22, '63165d5a98bea218': 23, '09f936e37c728778': 4}, 'b_dfdx': {'6ce64cdb293c9e61': None, '4e105aac642e7466': 24, '4443f0f6836779a6': 25, '29f9d8af1ae2a6e8': 29, '5aa427e8bea86091': 27, '4bed74d53d2e61d2': 4}, 'b_dfdy': {'5298ad5b883e6dbb': None, '603b8f63a54c3147': 24, 'c2ffc383ff0d2da5': 25, 'aa7003dfff4028b9': 29, 'd525c93f2de4b5e6': 27, 'dab1d126a87d4af4': 4}, 'b_dfdz': {'bd49ef450dd6119f': None, '1dee748c5b3656a8': 28, 'c058da18bed44d14': 25, 'bd8ba6eedb216445': 29, '8acac73355709756': 27, 'a6b4bf9950dc6429': 4}, 'b_finite_difference': {'7d9000ca86f0ccf5': None, '88e62dd8860a09d0': 30, 'dde59b506bc0878f': 31, '9df951be5cf3d6c3': 32, '1beeb6110d139acc': 4}},
        {'a_W_prime': {'5a6bd2b4a14b3669': None, '044b34ee6b39eca4': 0, '293ed8a2f94e9bcf': 1, 'd835df7377ac1126': 2, '22806db9007521b2': 4}, 'a_b_prime': {'8d7c910910573984': None, 'e7e1190039a87613': 5, 'deda1c3c98894449': 4, '25cc2efc06ddea6d': 7, 'b1cc1b18db77a543': 8}, 'a_y_two_layer': {'8bd2ce4287744710': None, '9feee8b452dce120': 9, 'b75fd598200b9460': 10, '446ddda8788d8036': 11, '8e02ea93da207d98': 12, '3ce492e21f974166': 13, '8159b2f64ec242c9': 4}, 'a_y_collapsed': {'8b1608b2b0216fc5': None, '1b72f29f26f24b04': 0, 'c13bd6da5e0c2c96': 14, '998c9f4eb9e3a55b': 15, '6ffdbc5c153d4d5f': 4}, 'a_y_relu': {'af807ea76022042c': None, '97576323fad926ca': 16, 'b06f3c7c93f27ba2': 17, 'b21bf30cbe5d90da': 18, 'b4514b40097157e0': 19, 'dda808c04e8e902a': 4}, 'b_q': {'7e956efdef52024d': None, '67500aaf4da5140a': 20, '4e077c4e2722a06f': 21, 'fa2b2eceaa5338ce': 4}, 'b_f': {'c88f73ac883cbeb3': None, '1e401834c3020189': 22, 'aef533cdbf228de7': 23, '09f936e37c728778': 4}, 'b_dfdx': {'6ce64cdb293c9e61': None, '4e105aac642e7466': 24, '4443f0f6836779a6': 25, '4073bd0a5ff6a480': 29, 'da25cf08aa38b4c9': 26, 'cc65419c6f639037': 27, '4bed74d53d2e61d2': 4}, 'b_dfdy': {'5298ad5b883e6dbb': None, '603b8f63a54c3147': 24, 'c2ffc383ff0d2da5': 25, 'eae4db31e16a02fb': 29, '2548412e2b4c695e': 26, 'e746dbfbe6ff12ab': 27, 'dab1d126a87d4af4': 4}, 'b_dfdz': {'e981fda11cce9ed9': None, '1dee748c5b3656a8': 28, '88ab9acac28f1678': 25, 'bd8ba6eedb216445': 29, '280b6796697963bc': 27, 'a6b4bf9950dc6429': 4}, 'b_finite_difference': {'7d9000ca86f0ccf5': None, '88e62dd8860a09d0': 30, 'c2f181da46ca9d9a': 31, '9df951be5cf3d6c3': 32, '1beeb6110d139acc': 4}},
        {'a_W_prime': {'bdedca6c1b0831d3': None, '4df43e71face4d4f': 0, '7ca2bbf8c8878751': 1, 'c5bf6b57c59e22a0': 2, '02771cb69a9a5480': 3, '22806db9007521b2': 4}, 'a_b_prime': {'03e96ce12f892ee8': None, '97afd547dc714b19': 5, 'deda1c3c98894449': 4, '46d8640f9412aef2': 7, 'cf9e8378c11f9e8b': 8}, 'a_y_two_layer': {'9c55c69b0631a8df': None, '42aa18f87d3e109a': 9, '9bc7cd620a3c0414': 10, '74ce0de57d8c7fe9': 11, 'd0d593fb1e4c05ef': 12, '20f947f14274f6bc': 13, '8159b2f64ec242c9': 4}, 'a_y_collapsed': {'5e9787e6f44fc32c': None, 'c849b9440e8fd30d': 0, '8189e2e8f458d4ec': 14, '28db9efea2a94f8b': 15, '6ffdbc5c153d4d5f': 4}, 'a_y_relu': {'0758c681f8b52791': None, '30b32ace7766dc0d': 16, 'e5724e69c108475a': 17, 'ae2db4ab1497a776': 18, '786ef16fd800df9c': 19, 'dda808c04e8e902a': 4}, 'b_q': {'3af581a129cbebc8': None, 'a9bed0b77d4c6539': 20, 'fa2b2eceaa5338ce': 4}, 'b_f': {'3fe6140b1942a499': None, 'c7c8c10d8c1578f8': 22, '6023c8c7db2e96cd': 23, '09f936e37c728778': 4}, 'b_dfdx': {'4443f0f6836779a6': None, '4e105aac642e7466': 24, '6ce64cdb293c9e61': 25, '6b510edfbc7acbb3': 29, '4d54b6769accf3b9': 27, '4bed74d53d2e61d2': 4}, 'b_dfdy': {'c2ffc383ff0d2da5': None, '603b8f63a54c3147': 24, '5298ad5b883e6dbb': 25, '6ec3558e4580c1ae': 29, '3f0211d063cdade2': 27, 'dab1d126a87d4af4': 4}, 'b_dfdz': {'8ba5be422ec93315': None, '1dee748c5b3656a8': 28, 'a6b4bf9950dc6429': 4, 'f5a6409795bc6bed': 29, '0ba94180e771361e': 27}, 'b_finite_difference': {'9df951be5cf3d6c3': None, 'a3043b4425c00841': 30, '86998ae37d8b2e59': 31, '7d9000ca86f0ccf5': 32, '1beeb6110d139acc': 4}},
        {'a_W_prime': {'5bc5aa194ad71a81': None, '29038c4d3effc676': 0, '187a7862dc856934': 1, 'c1b2fc9409f422a4': 2, 'a216e7a4a3891ce9': 3, '22806db9007521b2': 4}, 'a_b_prime': {'3c88ff4b0f6fc19c': None, 'a623262e7becc291': 5, '81ccb293922cabda': 6, '4266c4a6dcc1b97f': 7, '8633e673d2ffe595': 8, 'deda1c3c98894449': 4}, 'a_y_two_layer': {'5b83a11661597b8d': None, 'ca53c875999e78b5': 9, 'afbee6142157df8f': 10, '20730513ada0b647': 11, '93cbf9d6b40034dc': 12, '250e5fcc60a255e6': 13, '8159b2f64ec242c9': 4}, 'a_y_collapsed': {'636f177e35f4a109': None, '7a70cff9e9d4a3e3': 0, 'b688e56104e1d3fc': 14, 'b4cd94ab4dfac5f8': 15, '6ffdbc5c153d4d5f': 4}, 'a_y_relu': {'a6618636587d15dd': None, '91dac1f14df04665': 16, '425112a7cffca47e': 17, '4b39061879eaf7f0': 19, 'dda808c04e8e902a': 4}, 'b_q': {'f33a6975a249ad66': None, '0ced3e49462d3b2c': 20, 'dc15940f37ffc08c': 21, 'fa2b2eceaa5338ce': 4}, 'b_f': {'5de6120bf1c29752': None, '509dc3dd9fdf807c': 22, '09f936e37c728778': 4}, 'b_dfdx': {'a9c839e7912c38d8': None, '4e105aac642e7466': 24, '3d0978ea4de0e4b8': 29, 'da25cf08aa38b4c9': 26, 'cc645b849d2f82a4': 27, '4bed74d53d2e61d2': 4}, 'b_dfdy': {'4712ef755f3a6871': None, '603b8f63a54c3147': 24, '3c93f84220f04894': 29, '2548412e2b4c695e': 26, '587478c35e841197': 27, 'dab1d126a87d4af4': 4}, 'b_dfdz': {'0e2e2353d5c45f5c': None, '1dee748c5b3656a8': 28, '710ba3865f1c9e16': 25, '74be1cf8dcffe4f4': 29, 'a6b4bf9950dc6429': 4}, 'b_finite_difference': {'204b13c9b3e18b60': None, '4d40cc6774192699': 30, 'f6d036e7378cc673': 31, 'ff1863e2c44fa279': 32, '1beeb6110d139acc': 4}},
        {'a_W_prime': {'cb6e7649aa282413': None, '16d7a2ab4b75a4b6': 0, 'ffd500739022b4e9': 1, 'a57d8e790dc6b342': 2, '22806db9007521b2': 4}, 'a_b_prime': {'2c747e0fcac70d09': None, '6b68490e074d6fab': 5, 'deda1c3c98894449': 4, '0f75b3dd37115c99': 7, 'ef52e0b7fae13e42': 8}, 'a_y_two_layer': {'8a5ef7ab195ac0d9': None, '2a85dc2cc104dbcf': 9, '27facbe643a676ff': 10, '65e7d8a02595cd37': 11, 'a785189440872dca': 12, '578cd502af37ac51': 13, '8159b2f64ec242c9': 4}, 'a_y_collapsed': {'54f98cda6d77b270': None, '3335ceffabc4077f': 0, 'beb1109122517c92': 14, '262443b9eae526d8': 15, '6ffdbc5c153d4d5f': 4}, 'a_y_relu': {'055a860c68aeea64': None, '5994be91a9d49f33': 16, 'b92e7591f7f438bd': 17, '67fa1734b7bde05f': 18, 'e0d83fc21fb2a6b7': 19, 'dda808c04e8e902a': 4}, 'b_q': {'3af581a129cbebc8': None, '96c51ffc4502d9f9': 20, 'fa2b2eceaa5338ce': 4}, 'b_f': {'6023c8c7db2e96cd': None, 'c7c8c10d8c1578f8': 22, '3fe6140b1942a499': 23, '09f936e37c728778': 4}, 'b_dfdx': {'6ce64cdb293c9e61': None, '4e105aac642e7466': 24, '4443f0f6836779a6': 25, '6b510edfbc7acbb3': 29, 'd89afd7ef58ecbf2': 27, '4bed74d53d2e61d2': 4}, 'b_dfdy': {'5298ad5b883e6dbb': None, '603b8f63a54c3147': 24, 'c2ffc383ff0d2da5': 25, '6ec3558e4580c1ae': 29, 'e5962fce3b702fa3': 27, 'dab1d126a87d4af4': 4}, 'b_dfdz': {'8ba5be422ec93315': None, '1dee748c5b3656a8': 28, 'a6b4bf9950dc6429': 4, 'bd8ba6eedb216445': 29, '5e69ca617a0a54cf': 27}, 'b_finite_difference': {'7d9000ca86f0ccf5': None, '88e62dd8860a09d0': 30, '7c4714b7dbdb6d64': 31, '9df951be5cf3d6c3': 32, '1beeb6110d139acc': 4}},
        {'a_W_prime': {'f5bf1359901899a1': None, 'c08a6daf465417fa': 0, 'e81e93a4f594890b': 1, '5f30a41165daf0bb': 2, 'edeae4883d5d65e0': 3, '22806db9007521b2': 4}, 'a_b_prime': {'4f157e01b1af1ed2': None, '0f75b3dd37115c99': 5, 'cc9c6e1e5a3f39a4': 6, '90ea6db54c8cea30': 7, 'd81fcbd4cf9bf1a5': 8, 'deda1c3c98894449': 4}, 'a_y_two_layer': {'814adb1b4167d3b6': None, 'dec499e43e04f1ae': 9, 'e8fc95ef06fed270': 10, '40e35f0ee16b829c': 11, '93cbf9d6b40034dc': 12, '1fa165509c107bbe': 13, '8159b2f64ec242c9': 4}, 'a_y_collapsed': {'a62d8db8521740f8': None, 'd245ae2ea19c3c80': 0, '9cce9f68ec66d3fa': 14, '96264994defe1b99': 15, '6ffdbc5c153d4d5f': 4}, 'a_y_relu': {'58125ce0d097ca5c': None, '24cdf82e987069be': 16, '425112a7cffca47e': 17, '4ca5ae96af4ab364': 19, 'dda808c04e8e902a': 4}, 'b_q': {'a3946bfb8236547f': None, '67500aaf4da5140a': 20, 'd0dc418c625b45f2': 21, 'fa2b2eceaa5338ce': 4}, 'b_f': {'37fb9bf6e75e4e61': None, 'e8d9b4eeab5ee8e9': 22, 'f0f8f0c14f577e34': 23, '09f936e37c728778': 4}, 'b_dfdx': {'da25cf08aa38b4c9': None, '4e105aac642e7466': 24, '2820ce85feeda534': 25, '151bcdcfe2bfc8ef': 29, 'e37cf38b8588dac1': 27, '4bed74d53d2e61d2': 4}, 'b_dfdy': {'2548412e2b4c695e': None, '603b8f63a54c3147': 24, '9708e4af66877f2d': 25, '692cf27e25bec18a': 29, '90a02a9707a37b42': 27, 'dab1d126a87d4af4': 4}, 'b_dfdz': {'9fe00390f3b0b1ff': None, '1dee748c5b3656a8': 28, '6909e14a7cf9c844': 25, '4f0e46c4e963632a': 29, 'a1327f11ad725bda': 27, 'a6b4bf9950dc6429': 4}, 'b_finite_difference': {'49f31afb16ae70a0': None, '028a7a06ed9eda04': 30, '1400afcc0686e234': 31, '4d4620b1e89c7442': 32, '1beeb6110d139acc': 4}},
        {'a_W_prime': {'5b0f4937764d76c6': None, '52fadaa7e0fbf6f4': 0, '7ed94c414de19fd7': 1, '96b40a62a8d08b5f': 2, 'e2dda3081c97061c': 3, '22806db9007521b2': 4}, 'a_b_prime': {'04a40f8a805d448f': None, '6b68490e074d6fab': 5, '3c69ce5af039d92b': 6, 'bb0fc601adce1a67': 7, '0ed5992e3d7ea5ee': 8, 'deda1c3c98894449': 4}, 'a_y_two_layer': {'b44e5bdb66e8e325': None, '8fa607de8bd27733': 9, '84c140024f5c015d': 10, '06497be2964f9fc4': 11, '60d057cec8945b50': 12, 'dd805de3bf95655b': 13, '8159b2f64ec242c9': 4}, 'a_y_collapsed': {'ce000e056652ebaf': None, '66d75e29a23aeb3a': 0, '6ec3fe11dd5c013f': 14, '64929b2ce16d6b5e': 15, '6ffdbc5c153d4d5f': 4}, 'a_y_relu': {'e66d14e4f9b588e7': None, '0972c4d93d07e1f1': 16, '0dce1e8106a3d0d0': 17, 'ed45bf04bf5d0a84': 18, 'efa37c9cdf86b360': 19, 'dda808c04e8e902a': 4}, 'b_q': {'67500aaf4da5140a': None, '4e077c4e2722a06f': 20, 'e7c8819c5b21ce3b': 21, 'fa2b2eceaa5338ce': 4}, 'b_f': {'54c924af19503166': None, 'fc4944ce1f7a6887': 22, 'c7c8c10d8c1578f8': 23, '09f936e37c728778': 4}, 'b_dfdx': {'6b510edfbc7acbb3': None, '4e105aac642e7466': 24, '4bed74d53d2e61d2': 4, 'a9c839e7912c38d8': 29, 'cc645b849d2f82a4': 26}, 'b_dfdy': {'6ec3558e4580c1ae': None, '603b8f63a54c3147': 24, 'dab1d126a87d4af4': 4, '4712ef755f3a6871': 29, '587478c35e841197': 26}, 'b_dfdz': {'74be1cf8dcffe4f4': None, '1dee748c5b3656a8': 28, '8ba5be422ec93315': 29, 'a6b4bf9950dc6429': 4}, 'b_finite_difference': {'22c15029a3de0168': None, '78b6a41adfb47499': 30, '9e956acb41f04f6e': 31, '1beeb6110d139acc': 4}},
        {'a_W_prime': {'64dc5ab46709583d': None, '3c99a72262ed4d21': 0, '06b6962f4839df50': 1, 'b4590dee31f55775': 2, '22806db9007521b2': 4}, 'a_b_prime': {'e4adce7c3e610298': None, '4b5e2abbe89daa5d': 5, 'bb0fc601adce1a67': 6, '8b26a185416d1ff4': 7, '6c1df60ed7eb10a1': 8, 'deda1c3c98894449': 4}, 'a_y_two_layer': {'1339ade491285829': None, '2dea5b220e2dcf87': 9, '445c2824932b2b37': 10, 'd4f02430b9d8a700': 11, '4fa6c7e9ee475267': 12, '1411fc9f71643dbb': 13, '8159b2f64ec242c9': 4}, 'a_y_collapsed': {'aaddbc5d564b64cb': None, '525ab1a51426569b': 0, '6876ae2e33cd755b': 14, '0c9a8f48782f5cc7': 15, '6ffdbc5c153d4d5f': 4}, 'a_y_relu': {'c296f866b5bc7bab': None, 'ebe1440562efe213': 16, '01980e9e43613908': 17, '6f47621d85ea6a75': 18, 'a7cb14e67fef1893': 19, 'dda808c04e8e902a': 4}, 'b_q': {'a44a5d4772a67f80': None, 'a9207f3ad1fe7306': 20, '9dc50175ed8499e9': 21, 'fa2b2eceaa5338ce': 4}, 'b_f': {'6af444d9a8ab7107': None, '3fe6140b1942a499': 22, '3e06727d1bdbea5a': 23, '09f936e37c728778': 4}, 'b_dfdx': {'4bed74d53d2e61d2': None, '4e105aac642e7466': 24, '6b510edfbc7acbb3': 25, '4d54b6769accf3b9': 29, '3f71c93568ccc816': 27}, 'b_dfdy': {'dab1d126a87d4af4': None, '603b8f63a54c3147': 24, '6ec3558e4580c1ae': 25, '3f0211d063cdade2': 29, 'fd2b913cfcd08faa': 27}, 'b_dfdz': {'0ba94180e771361e': None, '1dee748c5b3656a8': 28, '5e69ca617a0a54cf': 25, 'a6b4bf9950dc6429': 4, '2040af726fb7b130': 27}, 'b_finite_difference': {'1beeb6110d139acc': None, '9144f8cb1c513b73': 30, 'bba173ae184c80ab': 31, '22c15029a3de0168': 32}},
        {'a_W_prime': {'759a13a2bb5998c7': None, 'b464a865ac721876': 0, '886afdbf6ff7e9d7': 1, '08df451ef121506c': 2, '3d25572dad371d2f': 3, '22806db9007521b2': 4}, 'a_b_prime': {'b16a180aa220e07b': None, '0ed5992e3d7ea5ee': 5, '3c69ce5af039d92b': 6, 'f071aea8026a2e7b': 7, 'e0e822c58ef0e5c8': 8, 'deda1c3c98894449': 4}, 'a_y_two_layer': {'8a5ef7ab195ac0d9': None, '3eeccd42f271462e': 9, '93083fc0ce328bd4': 10, 'a6bd782f7fc4788e': 11, 'a785189440872dca': 12, '88bd702056891573': 13, '8159b2f64ec242c9': 4}, 'a_y_collapsed': {'54f98cda6d77b270': None, '40df93d9fd239a57': 0, '7425911611c0b301': 14, 'ed2aa1934d8e3457': 15, '6ffdbc5c153d4d5f': 4}, 'a_y_relu': {'663c792c135f3422': None, '5994be91a9d49f33': 16, 'b92e7591f7f438bd': 17, '50469d29ef40067e': 18, '30c23dc4ce2d37d2': 19, 'dda808c04e8e902a': 4}, 'b_q': {'0ced3e49462d3b2c': None, 'd0dc418c625b45f2': 20, 'ec8225c811065054': 21, 'fa2b2eceaa5338ce': 4}, 'b_f': {'0fb1936926d5006e': None, '4cf0dedbf3dd16ed': 22, '1e401834c3020189': 23, '09f936e37c728778': 4}, 'b_dfdx': {'4443f0f6836779a6': None, '4e105aac642e7466': 24, '6ce64cdb293c9e61': 25, '3d0978ea4de0e4b8': 26, 'c24afdf3f8a0427a': 27, '4bed74d53d2e61d2': 4}, 'b_dfdy': {'c2ffc383ff0d2da5': None, '603b8f63a54c3147': 24, '5298ad5b883e6dbb': 25, '3c93f84220f04894': 26, '583ce45757cbc830': 27, 'dab1d126a87d4af4': 4}, 'b_dfdz': {'bd8ba6eedb216445': None, '1dee748c5b3656a8': 28, 'f5a6409795bc6bed': 25, '88ab9acac28f1678': 27, 'a6b4bf9950dc6429': 4}, 'b_finite_difference': {'9df951be5cf3d6c3': None, 'a3043b4425c00841': 30, '0bdd8ad5fb5eb65d': 31, '7d9000ca86f0ccf5': 32, '1beeb6110d139acc': 4}},
        {'a_W_prime': {'cef46a5a9fe20cff': None, '1b582b4a2326679d': 0, 'fa2b0f4811654878': 1, '270affcae0abb774': 2, 'ce327dcc41622351': 3, '22806db9007521b2': 4}, 'a_b_prime': {'0168bb1af7f70db3': None, '8cd9a332cf0a0bbf': 5, '37d5561b9bb8ea96': 6, '93155a3d2cc8f117': 7, '6f8a882bf98d1412': 8, 'deda1c3c98894449': 4}, 'a_y_two_layer': {'218e975771fcab4c': None, 'ab9d926596516ab9': 9, 'a8cb5d3e932ae1f3': 10, 'b112cbb9b2dd199a': 11, '93cbf9d6b40034dc': 12, 'db013f32740e3d48': 13, '8159b2f64ec242c9': 4}, 'a_y_collapsed': {'4059335f341e722e': None, '0ce45ca448379404': 0, '5da51ed51ae5b324': 14, '925922dc27661297': 15, '6ffdbc5c153d4d5f': 4}, 'a_y_relu': {'7a2ebcaa4165d45d': None, '8dd1221e4b0cd07f': 16, '425112a7cffca47e': 17, '8950defb51328823': 19, 'dda808c04e8e902a': 4}, 'b_q': {'617742a67dda98b9': None, 'fa2b2eceaa5338ce': 4, 'a9bed0b77d4c6539': 21}, 'b_f': {'8dbb1c9e66b69359': None, '1ebd2678cc0c9feb': 22, 'f340a44ed78b0277': 23, '09f936e37c728778': 4}, 'b_dfdx': {'2820ce85feeda534': None, '4e105aac642e7466': 24, 'da25cf08aa38b4c9': 25, '29f9d8af1ae2a6e8': 29, '4443f0f6836779a6': 26, '2f136228bd97cbc8': 27, '4bed74d53d2e61d2': 4}, 'b_dfdy': {'9708e4af66877f2d': None, '603b8f63a54c3147': 24, '2548412e2b4c695e': 25, 'aa7003dfff4028b9': 29, 'c2ffc383ff0d2da5': 26, 'c2f1c43662b67bd5': 27, 'dab1d126a87d4af4': 4}, 'b_dfdz': {'bd49ef450dd6119f': None, '1dee748c5b3656a8': 28, 'c058da18bed44d14': 25, '30fe5db736baaab1': 29, 'dc53d296b4b6e75e': 27, 'a6b4bf9950dc6429': 4}, 'b_finite_difference': {'4d4620b1e89c7442': None, 'ff26f538e089fbc6': 30, 'eb1afe6c04421b84': 31, '49f31afb16ae70a0': 32, '1beeb6110d139acc': 4}},
        {'a_W_prime': {'4d1636f77ce147b1': None, '2fbf75de9020a778': 0, 'f6712495bc9026f6': 1, '1609b626b0ed943f': 2, 'f5753c70c5de92ae': 3, '22806db9007521b2': 4}, 'a_b_prime': {'c1497d2009e64c75': None, 'bfa22ba64c1cf509': 5, '6c1df60ed7eb10a1': 6, '5dd28c3666fa132b': 7, 'd763d146ab88d856': 8, 'deda1c3c98894449': 4}, 'a_y_two_layer': {'87ce16f295f6a15a': None, '87a07abbddc18c84': 9, 'b2e1c954e62d0e24': 10, 'd16107adfeffe963': 11, '93cbf9d6b40034dc': 12, '776226bedec34c2c': 13, '8159b2f64ec242c9': 4}, 'a_y_collapsed': {'ad1859f0c5a89f21': None, '541166fee9eefb88': 0, '4eec1cd4e671e69e': 14, '414ab82e4144e7f1': 15, '6ffdbc5c153d4d5f': 4}, 'a_y_relu': {'ba7e51950c145d2b': None, '479c301f817a5f0e': 16, '425112a7cffca47e': 17, '98ba11524d1dfc44': 18, '15254a9adedaea4a': 19, 'dda808c04e8e902a': 4}, 'b_q': {'4e077c4e2722a06f': None, 'e7c8819c5b21ce3b': 20, '7e956efdef52024d': 21, 'fa2b2eceaa5338ce': 4}, 'b_f': {'1e401834c3020189': None, '0fb1936926d5006e': 22, '09f936e37c728778': 4}, 'b_dfdx': {'a9c839e7912c38d8': None, '4e105aac642e7466': 24, 'c24afdf3f8a0427a': 29, '2820ce85feeda534': 26, '4073bd0a5ff6a480': 27, '4bed74d53d2e61d2': 4}, 'b_dfdy': {'4712ef755f3a6871': None, '603b8f63a54c3147': 24, '583ce45757cbc830': 29, '9708e4af66877f2d': 26, 'eae4db31e16a02fb': 27, 'dab1d126a87d4af4': 4}, 'b_dfdz': {'88ab9acac28f1678': None, '1dee748c5b3656a8': 28, 'e981fda11cce9ed9': 25, '74be1cf8dcffe4f4': 29, 'a6b4bf9950dc6429': 4}, 'b_finite_difference': {'204b13c9b3e18b60': None, '4d40cc6774192699': 30, 'eba4a4733f1a61c8': 31, 'ff1863e2c44fa279': 32, '1beeb6110d139acc': 4}},
        {'a_W_prime': {'6512e07615dbd80f': None, '4b2c6d6f9be91fac': 0, '0bb6db24366d7308': 1, 'dfa4432b784461ac': 2, '14ea0057070c618e': 3, '22806db9007521b2': 4}, 'a_b_prime': {'deda1c3c98894449': None, '2e333310bc5560c6': 5, '37d5561b9bb8ea96': 6, '90ea6db54c8cea30': 7, 'e6f4850ffb0e4316': 8}, 'a_y_two_layer': {'04724253cbaeb98c': None, '08f2e62f602150bb': 9, 'cc3e8b54592eb50a': 10, '423aafecd08b31dc': 11, '93cbf9d6b40034dc': 12, '03c63b6df0fabc02': 13, '8159b2f64ec242c9': 4}, 'a_y_collapsed': {'5e254fde37231847': None, '33e1367bc79cbe8e': 0, 'bbe9148de9c5cda4': 14, '53dcff4ca0b1e778': 15, '6ffdbc5c153d4d5f': 4}, 'a_y_relu': {'83a2f27fb9033274': None, '7ad949b49ae7f392': 16, '425112a7cffca47e': 17, 'd175456dd18a7cdb': 19, 'dda808c04e8e902a': 4}, 'b_q': {'617742a67dda98b9': None, '3af581a129cbebc8': 20, 'a9bed0b77d4c6539': 21, 'fa2b2eceaa5338ce': 4}, 'b_f': {'257167e239756c93': None, '1ebd2678cc0c9feb': 22, '216e4a837a4fb207': 23, '09f936e37c728778': 4}, 'b_dfdx': {'4bed74d53d2e61d2': None, '4e105aac642e7466': 24, '6b510edfbc7acbb3': 25, '29f9d8af1ae2a6e8': 29, 'cc645b849d2f82a4': 26, '3b0bb03f1f42c71f': 27}, 'b_dfdy': {'dab1d126a87d4af4': None, '603b8f63a54c3147': 24, '6ec3558e4580c1ae': 25, 'aa7003dfff4028b9': 29, '587478c35e841197': 26, 'af776981323f5137': 27}, 'b_dfdz': {'bd49ef450dd6119f': None, '1dee748c5b3656a8': 28, 'c058da18bed44d14': 25, 'a6b4bf9950dc6429': 4, '3b33563d3b2278a6': 27}, 'b_finite_difference': {'1beeb6110d139acc': None, '9144f8cb1c513b73': 30, '05a12fba52ed392f': 31, '22c15029a3de0168': 32}},
        {'a_W_prime': {'1f0d9865fed9406c': None, 'e0f26d1e27b90ebc': 0, 'dd9f37a4b329659a': 1, 'ff2a38a236f20629': 2, '84f4e80b03771f1e': 3, '22806db9007521b2': 4}, 'a_b_prime': {'ea2304e0dad4c459': None, '9375172b52819b84': 5, 'b403aebb5c924cd4': 6, '8b26a185416d1ff4': 7, '40b4a9388f0ccb56': 8, 'deda1c3c98894449': 4}, 'a_y_two_layer': {'df1584d5027ccc64': None, '9edb43d49c3994d4': 9, '5dbb7a4abfc2fcf3': 10, '10cb21fa32763cf5': 11, 'a785189440872dca': 12, '40e35f0ee16b829c': 13, '8159b2f64ec242c9': 4}, 'a_y_collapsed': {'d55d98285af8abc9': None, '64c4d6044169be54': 0, '04575b821f9c9306': 14, '0deb01e0a92539e3': 15, '6ffdbc5c153d4d5f': 4}, 'a_y_relu': {'de6697e906b003a2': None, 'ca4e3eeaf3034b50': 16, 'b92e7591f7f438bd': 17, 'ca0d8093ee0fa281': 18, '57534468e229540a': 19, 'dda808c04e8e902a': 4}, 'b_q': {'617742a67dda98b9': None, 'fa2b2eceaa5338ce': 4, 'a9bed0b77d4c6539': 21}, 'b_f': {'f340a44ed78b0277': None, '1ebd2678cc0c9feb': 22, '8dbb1c9e66b69359': 23, '09f936e37c728778': 4}, 'b_dfdx': {'da25cf08aa38b4c9': None, '4e105aac642e7466': 24, '2820ce85feeda534': 25, '29f9d8af1ae2a6e8': 29, '4443f0f6836779a6': 26, '6fff41e67738884c': 27, '4bed74d53d2e61d2': 4}, 'b_dfdy': {'2548412e2b4c695e': None, '603b8f63a54c3147': 24, '9708e4af66877f2d': 25, 'aa7003dfff4028b9': 29, 'c2ffc383ff0d2da5': 26, '5560cf2c79553579': 27, 'dab1d126a87d4af4': 4}, 'b_dfdz': {'bd49ef450dd6119f': None, '1dee748c5b3656a8': 28, 'c058da18bed44d14': 25, '4f0e46c4e963632a': 29, '0b1106005a05fad4': 27, 'a6b4bf9950dc6429': 4}, 'b_finite_difference': {'49f31afb16ae70a0': None, '028a7a06ed9eda04': 30, '386270f2d2d14940': 31, '4d4620b1e89c7442': 32, '1beeb6110d139acc': 4}},
        {'a_W_prime': {'a72ce7b4b9ed656d': None, '4336253301f12226': 0, '113765fec23d85fc': 1, 'baa91bf8d07628a0': 2, '600f79f878811873': 3, '22806db9007521b2': 4}, 'a_b_prime': {'4fc1f334af803220': None, 'ce1d9399bd063337': 5, '1bb790263d833949': 6, '7dae84064640bfa0': 7, '3cab6f380654730b': 8, 'deda1c3c98894449': 4}, 'a_y_two_layer': {'632d8466eb3d01a7': None, '089e8c68f0e14c54': 9, '7e95d1c8861272b8': 10, '060e296a296129c1': 11, '60d057cec8945b50': 12, '1e820034ad028eed': 13, '8159b2f64ec242c9': 4}, 'a_y_collapsed': {'ea9445773dceeed7': None, '838be8e50a01426a': 0, '36bcd20b4903fba3': 14, '54803436bfa56193': 15, '6ffdbc5c153d4d5f': 4}, 'a_y_relu': {'c80ed8fb240ef7de': None, '22f0f1e308aff69b': 16, '0dce1e8106a3d0d0': 17, '425112a7cffca47e': 18, 'ebffa98d3fc77d09': 19, 'dda808c04e8e902a': 4}, 'b_q': {'dc15940f37ffc08c': None, 'e7c8819c5b21ce3b': 20, 'f33a6975a249ad66': 21, 'fa2b2eceaa5338ce': 4}, 'b_f': {'dac0cc6f6d832209': None, '5de6120bf1c29752': 22, '4f1a105e72457b54': 23, '09f936e37c728778': 4}, 'b_dfdx': {'4443f0f6836779a6': None, '4e105aac642e7466': 24, '6ce64cdb293c9e61': 25, 'cc645b849d2f82a4': 29, '6b510edfbc7acbb3': 26, '78a7b398fd54d734': 27, '4bed74d53d2e61d2': 4}, 'b_dfdy': {'c2ffc383ff0d2da5': None, '603b8f63a54c3147': 24, '5298ad5b883e6dbb': 25, '587478c35e841197': 29, '6ec3558e4580c1ae': 26, '092382663ec008cb': 27, 'dab1d126a87d4af4': 4}, 'b_dfdz': {'710ba3865f1c9e16': None, '1dee748c5b3656a8': 28, '0e2e2353d5c45f5c': 25, 'f5a6409795bc6bed': 29, '8ea0308fd3dc6980': 27, 'a6b4bf9950dc6429': 4}, 'b_finite_difference': {'9df951be5cf3d6c3': None, 'a3043b4425c00841': 30, '85e30dee38d109ec': 31, '7d9000ca86f0ccf5': 32, '1beeb6110d139acc': 4}},
        {'a_W_prime': {'7bf2313849956b28': None, '3291e8bb98aac49a': 0, '5f5808256fdad9ed': 1, '1ea5a5379348e865': 2, '1f4a2c7e9a356628': 3, '22806db9007521b2': 4}, 'a_b_prime': {'97313ef9fc3f3207': None, 'c92696c72bacf071': 5, '6c1df60ed7eb10a1': 6, 'deda1c3c98894449': 4, '0f75b3dd37115c99': 8}, 'a_y_two_layer': {'85e579e1f9f6c703': None, '938581698f22bee7': 9, 'ca69dd6c12b6af8a': 10, 'd16107adfeffe963': 11, '86670a935e8ff1ee': 12, 'efdf7c70e4be9a0a': 13, '8159b2f64ec242c9': 4}, 'a_y_collapsed': {'b4371c02a00e684a': None, 'a0d9fe1170b97b96': 0, 'b427b3ab3d7f0db1': 14, '42c4fc4ab070b77a': 15, '6ffdbc5c153d4d5f': 4}, 'a_y_relu': {'ba7e51950c145d2b': None, '85b7b9c46de5edde': 16, '50469d29ef40067e': 17, '98ba11524d1dfc44': 18, '096cf5376e37a452': 19, 'dda808c04e8e902a': 4}, 'b_q': {'3af581a129cbebc8': None, 'e3aca720f64789e5': 20, 'fa2b2eceaa5338ce': 4}, 'b_f': {'a15c368a298238c2': None, 'c7c8c10d8c1578f8': 22, '09f936e37c728778': 4}, 'b_dfdx': {'4bed74d53d2e61d2': None, '4e105aac642e7466': 24, '6b510edfbc7acbb3': 25, 'a9c839e7912c38d8': 26, '2820ce85feeda534': 27}, 'b_dfdy': {'dab1d126a87d4af4': None, '603b8f63a54c3147': 24, '6ec3558e4580c1ae': 25, '4712ef755f3a6871': 26, '9708e4af66877f2d': 27}, 'b_dfdz': {'8ba5be422ec93315': None, '1dee748c5b3656a8': 28, 'a6b4bf9950dc6429': 4, '30fe5db736baaab1': 27}, 'b_finite_difference': {'1beeb6110d139acc': None, '9144f8cb1c513b73': 30, 'c85eaafc031e05af': 31, '22c15029a3de0168': 32}},
        {'a_W_prime': {'cef08f76ae63d4bf': None, '1f7e16e74512f90b': 0, '9ba6a6f1b1d662cc': 1, '78c466e952d6fdce': 2, 'c33a2a7e85809a09': 3, '22806db9007521b2': 4}, 'a_b_prime': {'8aae9270d8ea0cda': None, '926b9bb29ffce87f': 5, '2a10aeea27c2fcbb': 6, 'f071aea8026a2e7b': 7, 'baf46ea8ee6c529a': 8, 'deda1c3c98894449': 4}, 'a_y_two_layer': {'5e6ee3e0b4844f23': None, '62561b1fbe4cfd80': 9, 'dcfed4606f6d6734': 10, '5f8e7044c42cae71': 11, '24a3464be4bfc730': 12, '6517fa65d2415ad0': 13, '8159b2f64ec242c9': 4}, 'a_y_collapsed': {'74bef189ad0ec0a4': None, 'c108a9c79b5b5dc0': 0, '570730e98f8acb9e': 14, 'c13bd6da5e0c2c96': 15, '6ffdbc5c153d4d5f': 4}, 'a_y_relu': {'dc0caa0c667d40e8': None, '10f3070443410dbd': 16, 'c5fe4e940f322234': 17, '08608c032e32791c': 18, '42cccb6514988f7c': 19, 'dda808c04e8e902a': 4}, 'b_q': {'d0dc418c625b45f2': None, 'ec8225c811065054': 20, 'a3946bfb8236547f': 21, 'fa2b2eceaa5338ce': 4}, 'b_f': {'347f8b7f0abde480': None, '942f5eaee8bc8d6c': 22, 'a40372503bc4c9c1': 23, '09f936e37c728778': 4}, 'b_dfdx': {'3d0978ea4de0e4b8': None, '4e105aac642e7466': 24, 'cc645b849d2f82a4': 25, 'a90a7b8240f61044': 29, '4bed74d53d2e61d2': 4, '67c3ab5365d0c70e': 27}, 'b_dfdy': {'3c93f84220f04894': None, '603b8f63a54c3147': 24, '587478c35e841197': 25, '29e7c451eb616103': 29, 'dab1d126a87d4af4': 4, 'baf6481e41f641d7': 27}, 'b_dfdz': {'6909e14a7cf9c844': None, '1dee748c5b3656a8': 28, '9fe00390f3b0b1ff': 25, '0e2e2353d5c45f5c': 29, '1f5894bfc9dd91ab': 27, 'a6b4bf9950dc6429': 4}, 'b_finite_difference': {'42e02ca2e3c4425a': None, 'c58026c89c0b1d97': 30, '20095ed5919ffa64': 31, '25985b67777761f1': 32, '1beeb6110d139acc': 4}},
        {'a_W_prime': {'c835af09c6c3f1aa': None, '57561b902d917468': 0, '4246e04439d7a301': 1, 'b97b9296bd92e20b': 2, '719adadea4998eb5': 3, '22806db9007521b2': 4}, 'a_b_prime': {'c59e636ca6bcf170': None, '76247ece555737a9': 5, '6c1df60ed7eb10a1': 6, '938c925cb426a3e6': 7, '4fbac2586fc53055': 8, 'deda1c3c98894449': 4}, 'a_y_two_layer': {'34c03e3464ea43c8': None, '50b0c41f232c9b03': 9, '6f772ce3af8f4050': 10, 'cebf07830cd6d2be': 11, '93cbf9d6b40034dc': 12, 'ac2bb96d97c66768': 13, '8159b2f64ec242c9': 4}, 'a_y_collapsed': {'d2335c403ced434a': None, '81b48c8d00590c84': 0, 'f3c5ea3f8b62c10f': 14, '9cf371f7b92cea09': 15, '6ffdbc5c153d4d5f': 4}, 'a_y_relu': {'e2507f4e2fa2bdbd': None, '18ad68db6c8f0ed2': 16, '425112a7cffca47e': 17, 'df963fee7b394ffb': 19, 'dda808c04e8e902a': 4}, 'b_q': {'a44a5d4772a67f80': None, '3af581a129cbebc8': 20, '9dc50175ed8499e9': 21, 'fa2b2eceaa5338ce': 4}, 'b_f': {'ebd1a218a36db981': None, '3fe6140b1942a499': 22, 'bb909b35b46737c3': 23, '09f936e37c728778': 4}, 'b_dfdx': {'6ce64cdb293c9e61': None, '4e105aac642e7466': 24, '4443f0f6836779a6': 25, '4d54b6769accf3b9': 29, '4bed74d53d2e61d2': 4, 'f664fea20dcd36eb': 27}, 'b_dfdy': {'5298ad5b883e6dbb': None, '603b8f63a54c3147': 24, 'c2ffc383ff0d2da5': 25, '3f0211d063cdade2': 29, 'dab1d126a87d4af4': 4, 'cd233ed00d77237b': 27}, 'b_dfdz': {'0ba94180e771361e': None, '1dee748c5b3656a8': 28, '5e69ca617a0a54cf': 25, 'bd8ba6eedb216445': 29, '047ad73f570eb228': 27, 'a6b4bf9950dc6429': 4}, 'b_finite_difference': {'7d9000ca86f0ccf5': None, '88e62dd8860a09d0': 30, 'e0abe116549ac62f': 31, '9df951be5cf3d6c3': 32, '1beeb6110d139acc': 4}},
        {'a_W_prime': {'a5cb7cdc960522d3': None, '67d2e3b9ebae9ef2': 0, '7680cd04d5e1fc60': 1, '46f3c3cb243170a2': 2, 'd7a364dc90c9fe21': 3, '22806db9007521b2': 4}, 'a_b_prime': {'3ab95804a4847281': None, '8633e673d2ffe595': 5, 'cc9c6e1e5a3f39a4': 6, '87fe5a99b8eff920': 7, 'df0bdf537bc68ad6': 8, 'deda1c3c98894449': 4}, 'a_y_two_layer': {'bdf22fd023ddf8dc': None, '398efb4ffd139856': 9, 'c18de97f8bf4de3a': 10, 'eb729782692338ed': 11, '93cbf9d6b40034dc': 12, '43545c798342b543': 13, '8159b2f64ec242c9': 4}, 'a_y_collapsed': {'e37ed43c7ce17b42': None, '919f7c67be859ae0': 0, '74fbaae1595aa817': 14, 'de17ebdf339b9194': 15, '6ffdbc5c153d4d5f': 4}, 'a_y_relu': {'41d5320fe9344e87': None, 'fb7ec70742983072': 16, '425112a7cffca47e': 17, '7de5b672c5ff5a09': 18, '57534468e229540a': 19, 'dda808c04e8e902a': 4}, 'b_q': {'a3946bfb8236547f': None, 'ec8225c811065054': 20, 'd0dc418c625b45f2': 21, 'fa2b2eceaa5338ce': 4}, 'b_f': {'942f5eaee8bc8d6c': None, 'e8d9b4eeab5ee8e9': 22, '09f936e37c728778': 4}, 'b_dfdx': {'a9c839e7912c38d8': None, '4e105aac642e7466': 24, '151bcdcfe2bfc8ef': 29, 'cc645b849d2f82a4': 26, 'a90a7b8240f61044': 27, '4bed74d53d2e61d2': 4}, 'b_dfdy': {'4712ef755f3a6871': None, '603b8f63a54c3147': 24, '692cf27e25bec18a': 29, '587478c35e841197': 26, '29e7c451eb616103': 27, 'dab1d126a87d4af4': 4}, 'b_dfdz': {'9fe00390f3b0b1ff': None, '1dee748c5b3656a8': 28, '6909e14a7cf9c844': 25, '74be1cf8dcffe4f4': 29, 'a6b4bf9950dc6429': 4}, 'b_finite_difference': {'204b13c9b3e18b60': None, '4d40cc6774192699': 30, 'e857903f7d62b8b4': 31, 'ff1863e2c44fa279': 32, '1beeb6110d139acc': 4}},
        {'a_W_prime': {'c076cf2b180bfd29': None, '1fdd594c88571b68': 0, '4d8e6f48cc302884': 1, '4706826230dc13ea': 2, 'c1db806ce82063cb': 3, '22806db9007521b2': 4}, 'a_b_prime': {'b2de1d708c66b299': None, '81ccb293922cabda': 5, '7ba50e55d13f7ce9': 6, '9b4eff3e2913e0f8': 7, '510f133935a60113': 8, 'deda1c3c98894449': 4}, 'a_y_two_layer': {'f147e2c9ad7a8ccd': None, 'c51ad055fe428791': 9, '0bb4bba1c45df537': 10, '0eac78be61b07014': 11, '93cbf9d6b40034dc': 12, 'c3cd3cc5903e1901': 13, '8159b2f64ec242c9': 4}, 'a_y_collapsed': {'4f0d2e9334a9873f': None, '7fdfdfd2a4bc0ad2': 0, '9a596a9f778b6fd7': 14, '579070e53fe4d65e': 15, '6ffdbc5c153d4d5f': 4}, 'a_y_relu': {'b90e988beaf8e599': None, '7673fd7e3141571d': 16, '425112a7cffca47e': 17, '98ba11524d1dfc44': 18, '779f2eefb0562fb5': 19, 'dda808c04e8e902a': 4}, 'b_q': {'dc15940f37ffc08c': None, '0ced3e49462d3b2c': 20, 'f33a6975a249ad66': 21, 'fa2b2eceaa5338ce': 4}, 'b_f': {'0493fbf8aef67722': None, '5de6120bf1c29752': 22, 'bde8f0b5c2f4bf33': 23, '09f936e37c728778': 4}, 'b_dfdx': {'4bed74d53d2e61d2': None, '4e105aac642e7466': 24, '6b510edfbc7acbb3': 25, 'cc645b849d2f82a4': 29, 'a9c839e7912c38d8': 26, '6627239d0efba1fe': 27}, 'b_dfdy': {'dab1d126a87d4af4': None, '603b8f63a54c3147': 24, '6ec3558e4580c1ae': 25, '587478c35e841197': 29, '4712ef755f3a6871': 26, '8c36e43d2e990769': 27}, 'b_dfdz': {'710ba3865f1c9e16': None, '1dee748c5b3656a8': 28, '0e2e2353d5c45f5c': 25, 'a6b4bf9950dc6429': 4, '0b25c5630470a548': 27}, 'b_finite_difference': {'1beeb6110d139acc': None, '9144f8cb1c513b73': 30, '6d95c3931a733a25': 31, '22c15029a3de0168': 32}},
        {'a_W_prime': {'19d58b033b93fc0d': None, '7d3486d2562d8932': 0, '5eb0b7c883e7bb4c': 1, '224e46b3a9f8c6e1': 2, '4dc0a7a78f811d71': 3, '22806db9007521b2': 4}, 'a_b_prime': {'dc956dc29b0fde4f': None, '37d5561b9bb8ea96': 5, '6c1df60ed7eb10a1': 6, '2c747e0fcac70d09': 7, '2556bcdefc54433a': 8, 'deda1c3c98894449': 4}, 'a_y_two_layer': {'dd72b386f8bd3278': None, 'c8cd4c0b1d1930d0': 9, '2eb090a81d5a2643': 10, '1f0160c410b049ec': 11, '93cbf9d6b40034dc': 12, 'f01b8de74f34a24c': 13, '8159b2f64ec242c9': 4}, 'a_y_collapsed': {'9e94a1452e86cc5b': None, '925922dc27661297': 0, 'eb75454f4e406897': 14, '93a2813cbe769108': 15, '6ffdbc5c153d4d5f': 4}, 'a_y_relu': {'8084e1849810a5c6': None, '43df1f8c71c5c6a9': 16, '425112a7cffca47e': 17, 'acc3b9a57b1fd6df': 19, 'dda808c04e8e902a': 4}, 'b_q': {'67500aaf4da5140a': None, 'd0dc418c625b45f2': 20, 'e7c8819c5b21ce3b': 21, 'fa2b2eceaa5338ce': 4}, 'b_f': {'09f936e37c728778': None, 'fc4944ce1f7a6887': 22, 'a15c368a298238c2': 23}, 'b_dfdx': {'2820ce85feeda534': None, '4e105aac642e7466': 24, 'da25cf08aa38b4c9': 25, 'a9c839e7912c38d8': 29, '6ce64cdb293c9e61': 26, '4bed74d53d2e61d2': 4}, 'b_dfdy': {'9708e4af66877f2d': None, '603b8f63a54c3147': 24, '2548412e2b4c695e': 25, '4712ef755f3a6871': 29, '5298ad5b883e6dbb': 26, 'dab1d126a87d4af4': 4}, 'b_dfdz': {'74be1cf8dcffe4f4': None, '1dee748c5b3656a8': 28, '30fe5db736baaab1': 29, '4f0e46c4e963632a': 27, 'a6b4bf9950dc6429': 4}, 'b_finite_difference': {'4d4620b1e89c7442': None, 'ff26f538e089fbc6': 30, '71fd343f9c3e884e': 31, '49f31afb16ae70a0': 32, '1beeb6110d139acc': 4}},
        {'a_W_prime': {'ef6ba39fd64df9c0': None, '8cf3cb587ffdee73': 0, '869970193549c90d': 1, '45b742e5cdfaa7c0': 2, '7248d7e84efed513': 3, '22806db9007521b2': 4}, 'a_b_prime': {'93155a3d2cc8f117': None, 'cc9c6e1e5a3f39a4': 5, '6c1df60ed7eb10a1': 6, '7dae84064640bfa0': 7, '04a40f8a805d448f': 8, 'deda1c3c98894449': 4}, 'a_y_two_layer': {'8fce776f0a49a799': None, 'bbd880c0516848b1': 9, '0af227091139694e': 10, '0eac78be61b07014': 11, '93cbf9d6b40034dc': 12, '94d8c74a693f221f': 13, '8159b2f64ec242c9': 4}, 'a_y_collapsed': {'876760f0bbb97f4f': None, '2913812fe911c9f2': 0, 'ad1859f0c5a89f21': 14, '1355b2f2b77ff696': 15, '6ffdbc5c153d4d5f': 4}, 'a_y_relu': {'b90e988beaf8e599': None, '36660ba3cf0b4211': 16, '425112a7cffca47e': 17, '98ba11524d1dfc44': 18, 'b585af06b886d00f': 19, 'dda808c04e8e902a': 4}, 'b_q': {'fa2b2eceaa5338ce': None, 'a9bed0b77d4c6539': 20, '3af581a129cbebc8': 21}, 'b_f': {'6023c8c7db2e96cd': None, '54c924af19503166': 22, '3fe6140b1942a499': 23, '09f936e37c728778': 4}, 'b_dfdx': {'4443f0f6836779a6': None, '4e105aac642e7466': 24, '6ce64cdb293c9e61': 25, '4bed74d53d2e61d2': 4, '3d0978ea4de0e4b8': 26, 'd89afd7ef58ecbf2': 27}, 'b_dfdy': {'c2ffc383ff0d2da5': None, '603b8f63a54c3147': 24, '5298ad5b883e6dbb': 25, 'dab1d126a87d4af4': 4, '3c93f84220f04894': 26, 'e5962fce3b702fa3': 27}, 'b_dfdz': {'a6b4bf9950dc6429': None, '1dee748c5b3656a8': 28, '8ba5be422ec93315': 25, 'f5a6409795bc6bed': 29, '5e69ca617a0a54cf': 27}, 'b_finite_difference': {'9df951be5cf3d6c3': None, 'a3043b4425c00841': 30, '2f53668d2e3bb185': 31, '7d9000ca86f0ccf5': 32, '1beeb6110d139acc': 4}},
        {'a_W_prime': {'2102b9c5d7e06e4b': None, 'f7b39987bc1961fd': 0, 'd22e7886a6cc76d2': 1, '8baf7ac294763e4d': 2, 'cbce562de4af2ebc': 3, '22806db9007521b2': 4}, 'a_b_prime': {'ea2304e0dad4c459': None, 'bedabe5383e9e4f4': 5, '3fc9a477f5b52951': 6, 'b16a180aa220e07b': 7, '3a7ef319289475b5': 8, 'deda1c3c98894449': 4}, 'a_y_two_layer': {'bb4a3a29a532b991': None, '4c9e246ae615c0af': 9, 'a137ea0a6bcae635': 10, '8f5f498ae6f86421': 11, '93cbf9d6b40034dc': 12, '83a64ba72ba9ddc6': 13, '8159b2f64ec242c9': 4}, 'a_y_collapsed': {'73f64014e9cd8774': None, 'd150b2931bfea52e': 0, 'eb75454f4e406897': 14, '80f2ac75256f8959': 15, '6ffdbc5c153d4d5f': 4}, 'a_y_relu': {'8ee6b75ed30e9977': None, 'a0343a52249520bb': 16, '425112a7cffca47e': 17, 'ca0d8093ee0fa281': 18, 'de6697e906b003a2': 19, 'dda808c04e8e902a': 4}, 'b_q': {'ec8225c811065054': None, 'd0dc418c625b45f2': 20, '0ced3e49462d3b2c': 21, 'fa2b2eceaa5338ce': 4}, 'b_f': {'3e06727d1bdbea5a': None, 'acadd0f9ebdc3851': 22, '6af444d9a8ab7107': 23, '09f936e37c728778': 4}, 'b_dfdx': {'da25cf08aa38b4c9': None, '4e105aac642e7466': 24, '2820ce85feeda534': 25, '4443f0f6836779a6': 29, '4bed74d53d2e61d2': 4, 'dd99437f054b8582': 27}, 'b_dfdy': {'2548412e2b4c695e': None, '603b8f63a54c3147': 24, '9708e4af66877f2d': 25, 'c2ffc383ff0d2da5': 29, 'dab1d126a87d4af4': 4, '11a8e079c9dc20f6': 27}, 'b_dfdz': {'f5a6409795bc6bed': None, '1dee748c5b3656a8': 28, 'bd8ba6eedb216445': 25, '4f0e46c4e963632a': 29, 'b57c395490a1882b': 27, 'a6b4bf9950dc6429': 4}, 'b_finite_difference': {'49f31afb16ae70a0': None, '028a7a06ed9eda04': 30, '51469e4031c449c1': 31, '4d4620b1e89c7442': 32, '1beeb6110d139acc': 4}},
    ],
    'hints': ['Looks like you multiplied W1·W2; the collapse is W2·W1, because W1 acts on x first and W2 acts on its result.', 'W_prime is the transpose of the collapsed matrix: row i of W2·W1 is row i of W2 times W1.', 'Looks like an elementwise product (W2 * W1); the collapse needs the matrix product W2 @ W1.', 'Looks like you transposed W1 (W2 @ W1.T): with W of shape (out, in), W1 already maps x to the hidden layer, so the collapse is W2 @ W1, no transpose.', "This is the answer for the public numbers (the course website's), not for yours: work it out from the numbers my_numbers() printed at the top of this notebook, using the variables rather than typing numbers in.", 'Forgot the bias b2: this is W2·b1 alone, and the second layer still adds its own bias.', 'Forgot the W2·b1 term: the first bias also passes through the second layer.', 'b1 + b2 forgets that b1 is multiplied by W2 on its way out.', 'The layers are in the wrong order: b1 goes through the second layer, not b2 through the first.', 'Forgot the bias b1 of the first layer: h = W1·x + b1.', 'Forgot the bias b2 of the second layer: y = W2·h + b2.', 'This part has no ReLU: apply W1, add b1, then W2, add b2.', 'Looks like ReLU was applied to the output; Part A (2) has no ReLU at all.', 'The layers ran in the wrong order: W1 acts on x first.', "Forgot the collapsed bias: y = W'·x + b'.", 'Used b2 as the collapsed bias; b1 also reaches the output, through W2.', 'This is the output without ReLU: apply ReLU to the hidden vector W1·x + b1 before the second layer.', 'Looks like ReLU was applied to the output; it belongs between the layers, on h = W1·x + b1.', 'ReLU went on the output as well; only the hidden layer gets it here.', 'Forgot b1 before the ReLU: h = ReLU(W1·x + b1).', "This is x - y (a sign error); q is the adder's output, q = x + y.", 'Sign error: q = x + y.', "You gave q for f: f is the multiplier's output, f = q · z.", 'Sign error: f = (x + y) · z.', "Missed the upstream factor: the adder's local gradient is 1, and the chain rule multiplies it by the upstream gradient df/dq.", 'Sign error: the adder passes the upstream gradient on unchanged, and the multiply gate sends each input the other input.', 'Used an input of the adder; the multiply gate sends each input the other input times the upstream gradient.', 'q · z is f itself, not a gradient: the multiply gate sends each input the other input times the upstream gradient (here 1).', 'df/dz is the other input of the multiply gate, q.', "Swapped local gradients of the multiply gate: each input's local gradient is the other input (df/dq = z and df/dz = q).", 'This is the change in f; divide it by the step h = 0.01 to get a slope.', 'This is f(x + h, y, z) itself; the slope is (f(x + h) - f(x)) / h.', 'Sign error: the slope is (f(x + h) - f(x)) / h.'],
}
STUDENT_ENV = "NNGRADE_STUDENT_ID"  # the grader sets it to the submission's student id
_CHOSEN = []  # the variant my_numbers() gave in this kernel (None: the public numbers)
_RUNS = []  # (source, the exception it stopped with or None) of each cell run since the import
TEST_MARK = "from instant_feedback import verify"  # how a visible test cell starts


def _note_run(result) -> None:
    error = result.error_before_exec or result.error_in_exec
    source = result.info.raw_cell if result.info is not None else ""
    _RUNS.append((source, type(error).__name__ if error is not None else None))


def _listen() -> None:
    """Note every cell the kernel runs from now on: a visible test can then tell a question
    not answered from an answer cell that stopped with an error or ran too long."""
    ipython = sys.modules.get("IPython")  # loaded in a kernel; elsewhere there are no cells
    shell = ipython.get_ipython() if ipython is not None else None
    if shell is not None:
        shell.events.register("post_run_cell", _note_run)


_listen()


def _exchange_machine() -> bool:
    """Whether nbgrader's exchange is set up for this user (an nbgrader_config.py on Jupyter's
    config path): then the Unix user name is the nbgrader student id."""
    try:
        from jupyter_core.paths import jupyter_config_path

        folders = jupyter_config_path()
    except Exception:  # noqa: BLE001 - no Jupyter: no exchange
        return False
    return any(os.path.isfile(os.path.join(f, "nbgrader_config.py")) for f in folders)


def student_id() -> str:
    """The course's id of whoever runs this kernel; "" when there is none (public numbers).

    $NNGRADE_STUDENT_ID when it is set (the grader sets it; set it to "" for the public
    numbers), else $JUPYTERHUB_USER (on the course's hub), else the Unix user name on a machine
    set up for nbgrader's exchange; else "" (the website's zip, self-study on a laptop)."""
    if STUDENT_ENV in os.environ:
        return os.environ[STUDENT_ENV].strip()
    if os.environ.get("JUPYTERHUB_USER"):
        return os.environ["JUPYTERHUB_USER"].strip()
    if _exchange_machine():
        try:
            import pwd

            return pwd.getpwuid(os.getuid()).pw_name
        except (ImportError, KeyError):
            return ""
    return ""


def variant_index(assignment: str, student: str, pool: int):
    """The variant of `student` in a pool of `pool`: a stable hash of "<assignment>:<id>";
    None (the public numbers) without an id or a pool."""
    if not student or not pool:
        return None
    digest = hashlib.sha256(f"{assignment}:{student}".encode()).hexdigest()
    return int(digest, 16) % pool


def _resolve():
    """The variant of whoever runs this kernel (None: the public numbers)."""
    if not VARIANTS:
        return None
    return variant_index(VARIANTS["assignment"], student_id(), len(VARIANTS["pool"]))


def _variant():
    """The variant the visible tests check against: the one my_numbers() last gave."""
    return _CHOSEN[-1] if _CHOSEN else _resolve()


def _show(value) -> str:
    if isinstance(value, list):
        return "[" + ", ".join(_show(v) for v in value) + "]"
    return str(int(value)) if float(value).is_integer() else str(value)


def my_numbers(notebook: str, quiet: bool = False):
    """Your numbers for `notebook`, in the order the notebook names them (lists as NumPy
    arrays, numbers as floats); prints them unless `quiet`."""
    variant = _resolve()
    _CHOSEN.append(variant)
    numbers = VARIANTS["public"] if variant is None else VARIANTS["pool"][variant]
    pairs = numbers[notebook]
    if not quiet:
        who = student_id()
        print(
            "The public numbers (no course id here):"
            if variant is None
            else f"Your own numbers (variant {variant + 1} of {len(VARIANTS['pool'])}, "
            f"for the id {who!r}):"
        )
        for name, value in pairs:
            print(f"    {name} = {_show(value)}")
    values = []
    for _name, value in pairs:
        if isinstance(value, list):
            import numpy as np

            values.append(np.array(value, dtype=float))
        else:
            values.append(float(value))
    return tuple(values) if len(values) > 1 else values[0]


def _answers(grade_id: str, entry: dict) -> dict:
    """{fingerprint: hint} of `grade_id` for the variant in use."""
    variant = _variant()
    if variant is None or grade_id not in VARIANTS["answers"][variant]:
        return entry["answers"]
    hints = VARIANTS["hints"]
    own = VARIANTS["answers"][variant][grade_id]
    return {fp: None if i is None else hints[i] for fp, i in own.items()}


def is_number(value) -> bool:
    """Whether the grader reads `value` as one number: an int or a float, a NumPy number
    (np.float32, np.int64 ...) or a 0-d array; not a bool, text or a 1-element array."""
    if isinstance(value, bool):
        return False
    if isinstance(value, (int, float)):
        return True
    shape, dtype = getattr(value, "shape", None), getattr(value, "dtype", None)
    return shape == () and getattr(dtype, "kind", "") in ("i", "u", "f")


class Raised:
    """What a call that raised leaves behind: only the exception's type name."""

    def __init__(self, exc):
        self.name = type(exc).__name__


def canonical(value):
    """The answer as JSON-ready plain data: numbers rounded to DIGITS significant digits, text
    normalised ("(B) " -> "b"), sets sorted; the container types (list, tuple, array) are not
    kept, the visible asserts check them."""
    if isinstance(value, Raised):
        return "raised " + value.name
    if value is None:
        return "None"
    if isinstance(value, str):
        return "text " + value.strip().lower().strip("()").strip()
    if hasattr(value, "tolist") and hasattr(value, "dtype"):
        value = value.tolist()
    if isinstance(value, (set, frozenset)):
        return sorted((canonical(v) for v in value), key=json.dumps)
    if isinstance(value, (list, tuple)):
        return [canonical(v) for v in value]
    if isinstance(value, bool):
        return "bool " + str(value)
    try:
        number = float(value) + 0.0  # + 0.0 turns -0.0 into 0.0
    except (TypeError, ValueError, OverflowError):
        return "other " + type(value).__name__
    text = format(number, f".{DIGITS}g")
    return "0" if text in ("-0", "0") else text


def fingerprint(value, salt: str) -> str:
    """A salted hash of the canonical answer (16 hex digits)."""
    data = json.dumps(canonical(value), separators=(",", ":"))
    return hashlib.sha256((salt + "|" + data).encode()).hexdigest()[:16]


def _kind(value) -> str:
    data = canonical(value)
    if isinstance(data, list):
        return "many"
    return "text" if data.startswith("text ") else "one"


def _unanswered(section: str, what: str) -> AssertionError:
    return AssertionError(
        f"{section} is not answered yet: {what}. Write your answer in the "
        f"cell under {section} (in place of `raise NotImplementedError()`) "
        "and run it."
    )


def _defines(source: str, name: str) -> bool:
    """Whether a cell's code sets `name` (assigns it or defines it as a function)."""
    try:
        tree = ast.parse(source)
    except SyntaxError:  # a cell that cannot run: any mention counts
        return re.search(rf"\b{re.escape(name)}\b", source) is not None
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.ClassDef)) and node.name == name:
            return True
        if isinstance(node, ast.Name) and node.id == name and isinstance(node.ctx, ast.Store):
            return True
    return False


def _undefined(section: str, name: str) -> AssertionError:
    """Why `name` is not defined: the last cell run that sets it (else the last cell run
    before the visible tests) stopped with an error or was interrupted (a cell that runs too
    long is); else the question is not answered."""
    answers = [run for run in reversed(_RUNS) if TEST_MARK not in run[0]]
    chosen = [run for run in answers if _defines(run[0], name)] or answers[:1]
    for _source, error in chosen[:1]:
        if error == "KeyboardInterrupt":
            return AssertionError(
                f"`{name}` is not defined: the answer cell under {section} was stopped before "
                "it finished (it ran too long: an endless loop?). Fix it and run it again."
            )
        if error not in (None, "NotImplementedError"):
            return AssertionError(
                f"`{name}` is not defined: the answer cell under {section} stopped with "
                f"{error} before setting it. Fix the error shown under that cell and run it "
                "again."
            )
    return _unanswered(section, f"`{name}` is not defined")


def _lookup(entry: dict, table: dict, value, salt: str):
    found = table.get(fingerprint(value, salt), "?")
    if found == "?":
        raise AssertionError(entry["otherwise"])
    if found is not None:
        raise AssertionError(found)


def verify(grade_id: str, section: str, get_answer) -> None:
    """Check one answer (`get_answer()` gives it) against the fingerprints of `grade_id`."""
    entry = TABLE[grade_id]
    try:
        value = get_answer()
    except NameError as exc:
        name = str(exc).split("'")[1] if "'" in str(exc) else "a name it needs"
        raise _undefined(section, name) from None
    if _kind(value) != entry["kind"]:
        return  # the wrong type of answer: the visible asserts below say what is wanted
    _lookup(entry, _answers(grade_id, entry), value, entry["salt"])
    alike = entry.get("alike", {}).get(fingerprint(value, entry["salt"]))
    if alike and _variant() is None:  # right here, and so is a named mistake: say so
        print(f"Note ({section}): {alike}")


def _arguments(case, mode):
    if mode == "arrays":
        import numpy as np

        return [np.array(a, dtype=float) for a in case]
    return [float(a) for a in case]


def call_on(function, case, mode):
    """Call the student's function on one public case, the way the grader does."""
    try:
        if mode == "keep_input":  # the result, and the input as it is after the call
            import numpy as np

            z = np.array(case[0], dtype=float)
            return (function(z), z.tolist())
        return function(*_arguments(case, mode))
    except Exception as exc:  # noqa: BLE001 - the error is the answer being checked
        return Raised(exc)


def returned(result, mode):
    """What the student's function returned (without the input kept by "keep_input")."""
    if mode == "keep_input" and not isinstance(result, Raised):
        return result[0]
    return result


def part_of(result, part):
    """The slice `part` = [start, stop] of a returned tuple (each part is judged on its own, so
    two mistakes in one function are both found); the whole result when `part` is None."""
    if part is None or isinstance(result, Raised):
        return result
    try:
        return list(result)[part[0] : part[1]]
    except TypeError:
        return result


def verify_calls(grade_id: str, section: str, get_function) -> None:
    """Call the student's function on the public inputs of `grade_id` and check each result."""
    entry = TABLE[grade_id]
    try:
        function = get_function()
    except NameError as exc:
        name = str(exc).split("'")[1] if "'" in str(exc) else "the function"
        raise _undefined(section, name) from None
    results = [call_on(function, case, entry["mode"]) for case in entry["cases"]]
    values = [returned(r, entry["mode"]) for r in results]
    # the right results differ from case to case ("same_result"), so one result for all is
    # a function that ignores its inputs (None and errors are named below)
    if "same_result" in entry and not any(isinstance(v, Raised) or v is None for v in values):
        if len({fingerprint(v, entry["salt"]) for v in values}) == 1:
            raise AssertionError(entry["same_result"])
    for case, tables, result in zip(entry["cases"], entry["answers"], results):
        if isinstance(result, Raised) and result.name == "NotImplementedError":
            raise _unanswered(
                section, f"`{entry['function']}` still raises NotImplementedError"
            ) from None
        for part, table in zip(entry["parts"], tables):
            value = part_of(result, part)
            if fingerprint(value, entry["salt"]) not in table and isinstance(result, Raised):
                raise AssertionError(
                    f"`{entry['function']}` raised {result.name} when called "
                    f"on {case}: run it on these inputs yourself to see why."
                )
            _lookup(entry, table, value, entry["salt"])
